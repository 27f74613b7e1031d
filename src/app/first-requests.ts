import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { overviewSummaryParams } from '@/pages/overview/overview-filters'
import type { ApiQuery } from '@/shared/api/api-url'
import { listParams } from '@/pages/work-orders/list-params'
import { statusTabParams } from '@/pages/work-orders/status-tab-params'
import { overviewSearchSchema } from './search/overview-search'
import { parseSearch } from './search/url-search'
import { workOrdersSearchSchema } from './search/work-orders-search'

export interface FirstRequest {
  path: string
  query?: ApiQuery
}

/** Pages without the shell: no calendar notice, no signed-in user to show. */
const outsideShell = ['/sign-in', '/wall']

/**
 * The GETs the app makes first when it opens at `pathname` + `searchText` on `today` (a China
 * day), built exactly as its routes and components build them: the calendar years the shell's
 * notice waits for, the signed-in user; on the Overview its key figures; on the work-order list
 * its first rows, its state tabs' counts, the unit names and last year's calendar (the time left
 * of an item received then). A prediction that misses costs one unused request: the app only
 * takes an early answer for the very same URL.
 */
export function firstRequests(pathname: string, searchText: string, today: string): FirstRequest[] {
  if (outsideShell.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return []
  const requests: FirstRequest[] = yearsDeadlinesReach(today).map((year) => ({ path: `/calendar/${year}` }))
  requests.push({ path: '/me' })
  if (pathname === '/') {
    const search = overviewSearchSchema.parse(parseSearch(searchText))
    requests.push({ path: '/kpis/summary', query: overviewSummaryParams(search, today) })
  }
  if (pathname === '/work-orders') {
    const params = listParams(workOrdersSearchSchema.parse(parseSearch(searchText)))
    requests.push({ path: `/calendar/${Number(today.slice(0, 4)) - 1}` })
    requests.push({ path: '/work-orders', query: params })
    for (const tab of statusTabParams(params))
      requests.push({ path: '/work-orders', query: { ...tab, limit: 1 } })
    requests.push({ path: '/units' })
  }
  return requests
}
