import { createFileRoute } from '@tanstack/react-router'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { OverviewPage } from '@/pages/overview/overview-page'
import { overviewSummaryParams } from '@/pages/overview/overview-filters'
import { chinaDay } from '@/shared/lib/format'
import { overviewSearchSchema } from '../../search/overview-search'

/** How long entering the page may wait for its key figures: one quick answer, never a slow one. */
const summaryWaitMs = 300

export const Route = createFileRoute('/_shell/')({
  // Not split into a chunk of its own: every page needs the shell (the Overview is the landing
  // page), and a split one is only asked for after the entry has run, a second round trip
  // before the first paint.
  codeSplitGroupings: [],
  validateSearch: overviewSearchSchema,
  loaderDeps: ({ search }) => search,
  // Asks for the key figures as soon as the URL is known (on a fresh page usually already under
  // way: start-first-requests.ts). Entering the page, it waits briefly for them, so the first
  // paint has the figures instead of a skeleton that the cards then push down; a slow answer
  // does not hold the page. A change of period or district shows the new view at once. The
  // page's own query joins this request and shows its failure: here it is dropped.
  loader: async ({ context, deps, cause }) => {
    const summary = context.queryClient
      .query(kpiSummaryQueryOptions(overviewSummaryParams(deps, chinaDay(Date.now()))))
      .catch(() => undefined)
    if (cause !== 'enter') return
    await Promise.race([summary, new Promise((resolve) => setTimeout(resolve, summaryWaitMs))])
  },
  component: OverviewPage,
})
