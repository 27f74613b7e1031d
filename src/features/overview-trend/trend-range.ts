import type { KpiTimeseriesParams } from '@/entities/kpi/api/kpi-queries'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { addDays, daysInRange } from '@/entities/period/china-days'

export type TrendInterval = KpiTimeseriesParams['interval']

/** Periods up to this many days are drawn a day per bucket. */
export const maxDailyDays = 62
/** Periods up to this many days (a year, leap day included) are drawn an ISO week per bucket. */
export const maxWeeklyDays = 366
/** A one-day period (today) is one bucket, which is no trend: it is shown as these last days. */
export const recentDays = 14

export interface TrendRange {
  readonly from: string
  readonly to: string
  readonly interval: TrendInterval
  /**
   * Set when the chart shows a window other than the period (the last `recentDays` days for a
   * one-day period), so the panel can say so: the figures then differ from the cards'.
   */
  readonly recentDays: number | null
}

/**
 * The days and bucket size the trend draws for the filters' period. Buckets follow the period's
 * length so that a chart has enough points to read a trend but not so many that bars become
 * slivers: about 60 days, 52 weeks or up to 36 months at most.
 */
export function trendRange(filters: Pick<KpiFilters, 'from' | 'to'>): TrendRange {
  const { from, to } = filters
  const days = daysInRange(from, to)
  if (days <= 1) return { from: addDays(to, -(recentDays - 1)), to, interval: 'day', recentDays }
  const interval: TrendInterval = days <= maxDailyDays ? 'day' : days <= maxWeeklyDays ? 'week' : 'month'
  return { from, to, interval, recentDays: null }
}
