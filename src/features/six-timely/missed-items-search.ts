import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'

/**
 * The work-order list's filters for the items a timely rate missed: the same metric, the late
 * side of it, and the panel's own period and filters, so the list's total equals the gap
 * between denominator and numerator.
 */
export function missedItemsSearch(metric: components['schemas']['Metric'], filters: KpiFilters) {
  return { metric, outcome: 'late' as const, ...filterParams(filters) }
}
