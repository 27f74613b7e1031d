import { createFileRoute } from '@tanstack/react-router'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { OverviewPage } from '@/pages/overview/overview-page'
import { overviewSummaryParams } from '@/pages/overview/overview-filters'
import { chinaDay } from '@/shared/lib/format'
import { overviewSearchSchema } from '../../search/overview-search'

export const Route = createFileRoute('/_shell/')({
  // Not split into a chunk of its own: every page needs the shell (the Overview is the landing
  // page), and a split one is only asked for after the entry has run, a second round trip
  // before the first paint.
  codeSplitGroupings: [],
  validateSearch: overviewSearchSchema,
  loaderDeps: ({ search }) => search,
  // Asks for the key figures as soon as the URL is known, while the page's code still loads;
  // not awaited, so the page renders at once and its own query joins this request (and shows
  // its failure, if it fails: here it is dropped).
  loader: ({ context, deps }) => {
    context.queryClient
      .query(kpiSummaryQueryOptions(overviewSummaryParams(deps, chinaDay(Date.now()))))
      .catch(() => undefined)
  },
  component: OverviewPage,
})
