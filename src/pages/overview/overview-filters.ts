import { summaryParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { CompareBasis, PeriodChoice } from '@/entities/period/period-presets'
import { resolvePeriod } from '@/entities/period/resolve-period'

/** The overview's URL state, as its route schema reads it (src/app/search/overview-search.ts). */
export interface OverviewSearchState {
  period: PeriodChoice
  from?: string | undefined
  to?: string | undefined
  compare: CompareBasis
  district?: KpiFilters['district']
  channel?: KpiFilters['channel']
}

/** The filters every panel applies, for the URL's view on a China day. */
export function overviewFilters(search: OverviewSearchState, today: string): KpiFilters {
  return {
    ...resolvePeriod(search.period, today, { from: search.from, to: search.to }),
    district: search.district,
    channel: search.channel,
  }
}

/** The key figures' request (`GET /kpis/summary`) for the URL's view: the page's first answer. */
export function overviewSummaryParams(search: OverviewSearchState, today: string) {
  return summaryParams(overviewFilters(search, today), search.compare)
}
