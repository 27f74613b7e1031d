import { createFileRoute } from '@tanstack/react-router'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import {
  workOrderCountQueryOptions,
  workOrdersInfiniteQueryOptions,
} from '@/entities/work-order/api/work-order-queries'
import { listParams } from '@/pages/work-orders/list-params'
import { statusTabParams } from '@/pages/work-orders/status-tab-params'
import { WorkOrdersPage } from '@/pages/work-orders/work-orders-page'
import { loadPageTexts } from '@/shared/i18n/i18n'
import { chinaDay } from '@/shared/lib/format'
import { workOrdersSearchSchema } from '../../search/work-orders-search'

/** How long entering the page may wait for its first rows: one quick answer, never a slow one. */
const rowsWaitMs = 300

export const Route = createFileRoute('/_shell/work-orders')({
  validateSearch: workOrdersSearchSchema,
  loaderDeps: ({ search }) => search,
  // A changed filter asks for its first rows as the URL changes, while the page renders the new
  // view, instead of after that render: the rows arrive sooner. Only when the view has no rows
  // yet, so opening an item's detail (same filters) asks for nothing. The page's queries join
  // these requests and show their failures: here they are dropped.
  //
  // Entering the page, it also asks at once for what its panels would only ask for once drawn
  // (the state counts, unit names, last year's calendar), and waits briefly for the first rows,
  // so the first paint holds the table: rows arriving after it were a second full render, one
  // that React cannot split (query results render synchronously).
  loader: async ({ context, deps, cause }) => {
    const params = listParams(deps)
    const rows = context.queryClient
      .infiniteQuery({ ...workOrdersInfiniteQueryOptions(params), staleTime: 'static' })
      .catch(() => undefined)
    // The page's Chinese texts come with it (src/shared/i18n/resources/zh-cn-pages.ts).
    const texts = loadPageTexts()
    if (cause !== 'enter') return texts
    const early = (promise: Promise<unknown>) => void promise.catch(() => undefined)
    for (const tab of statusTabParams(params))
      early(context.queryClient.query({ ...workOrderCountQueryOptions(tab), staleTime: 'static' }))
    early(context.queryClient.query(unitsQueryOptions()))
    const lastYear = Number(chinaDay(Date.now()).slice(0, 4)) - 1
    early(context.queryClient.query({ ...calendarYearQueryOptions(lastYear), staleTime: 'static' }))
    await Promise.race([rows, new Promise((resolve) => setTimeout(resolve, rowsWaitMs))])
    return texts
  },
  component: WorkOrdersPage,
})
