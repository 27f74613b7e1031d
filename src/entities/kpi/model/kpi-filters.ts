import type { CompareBasis } from '@/entities/period/period-presets'
import type { components } from '@/shared/api/schema.gen'

type Schemas = components['schemas']

/**
 * The filters every overview panel applies: a range of China days and the optional district and
 * channel. Only request parameters: never a clock reading (the server's `asOf` tells the time),
 * so a query key built from them stays put while the panel polls.
 */
export interface KpiFilters {
  readonly from: string
  readonly to: string
  readonly district?: Schemas['DistrictCode'] | undefined
  readonly channel?: Schemas['ChannelCode'] | undefined
}

/** What each overview panel receives from the page. */
export interface OverviewPanelProps {
  readonly filters: KpiFilters
  /** 环比 or 同比, for panels that show a change. */
  readonly compare: CompareBasis
  /**
   * What the reader chose (the page's URL): while it stays, answers carry over to the next day's
   * dates when the clock moves "today" on (useCarriedOver). Without it, nothing carries over.
   */
  readonly carryScope?: string | undefined
}

/** The filters as API query parameters: absent filters are left out, not sent empty. */
export function filterParams(filters: KpiFilters): {
  from: string
  to: string
  district?: Schemas['DistrictCode']
  channel?: Schemas['ChannelCode']
} {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  }
}

/**
 * The key figures' request (`GET /kpis/summary`) for filters and a comparison: the page's
 * freshness line, the cards and the route's early request all build it here, so they share one
 * query key and one request.
 */
export function summaryParams(filters: KpiFilters, compare: CompareBasis) {
  return { ...filterParams(filters), compare }
}
