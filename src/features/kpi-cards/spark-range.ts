import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { addDays, daysInRange } from '@/entities/period/china-days'
import type { components } from '@/shared/api/schema.gen'

export interface SparkRange {
  readonly from: string
  readonly to: string
  readonly interval: components['schemas']['Interval']
  /** True when the period is too short for a trend and the line shows the last 14 days. */
  readonly widened: boolean
}

/** The shortest period drawn as its own trend; shorter ones show the 14 days up to their end. */
const minTrendDays = 7
const widenedDays = 14

/**
 * The range and bucket of a card's sparkline: the period by day up to two months, by ISO week up
 * to a year, by month beyond (a few dozen points at most, enough for a line of 120 px).
 */
export function sparkRange(filters: KpiFilters): SparkRange {
  const days = daysInRange(filters.from, filters.to)
  if (days < minTrendDays) {
    return { from: addDays(filters.to, -(widenedDays - 1)), to: filters.to, interval: 'day', widened: true }
  }
  const interval = days <= 62 ? 'day' : days <= 366 ? 'week' : 'month'
  return { from: filters.from, to: filters.to, interval, widened: false }
}
