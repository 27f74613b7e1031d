import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { overviewSummaryParams } from '@/pages/overview/overview-filters'
import type { ApiQuery } from '@/shared/api/api-url'
import { overviewSearchSchema } from './search/overview-search'
import { parseSearch } from './search/url-search'

export interface FirstRequest {
  path: string
  query?: ApiQuery
}

/** Pages without the shell: no calendar notice, no signed-in user to show. */
const outsideShell = ['/sign-in', '/wall']

/**
 * The GETs the app makes first when it opens at `pathname` + `searchText` on `today` (a China
 * day), built exactly as its routes and components build them: the calendar years the shell's
 * notice waits for, the signed-in user, and on the Overview its key figures. A prediction that
 * misses costs one unused request: the app only takes an early answer for the very same URL.
 */
export function firstRequests(pathname: string, searchText: string, today: string): FirstRequest[] {
  if (outsideShell.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return []
  const requests: FirstRequest[] = yearsDeadlinesReach(today).map((year) => ({ path: `/calendar/${year}` }))
  requests.push({ path: '/me' })
  if (pathname === '/') {
    const search = overviewSearchSchema.parse(parseSearch(searchText))
    requests.push({ path: '/kpis/summary', query: overviewSummaryParams(search, today) })
  }
  return requests
}
