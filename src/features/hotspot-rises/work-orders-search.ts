import type { RiseDimension } from '@/entities/hotspot/api/rise-queries'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { categoryCodeSchema, districtCodeSchema, unitCodeSchema } from '@/shared/api/validators.gen'
import type { RiseView } from './rise-view'

/**
 * The work-order list behind a row's latest week: received in that week, the row's code as a
 * filter (a business by keyword: the list has no business filter), and the page's filters.
 */
export function rowOrdersSearch(
  dimension: RiseDimension,
  key: string,
  week: { from: string; to: string },
  view: RiseView,
): WorkOrderListSearch {
  const search: WorkOrderListSearch = {
    from: week.from,
    to: week.to,
    district: view.district,
    channel: view.channel,
    kind: view.kind,
  }
  if (dimension === 'category') {
    const parsed = categoryCodeSchema.safeParse(key)
    if (parsed.success) search.category = parsed.data
  } else if (dimension === 'district') {
    const parsed = districtCodeSchema.safeParse(key)
    if (parsed.success) search.district = parsed.data
  } else if (dimension === 'unit') {
    const parsed = unitCodeSchema.safeParse(key)
    if (parsed.success) search.unit = parsed.data
  } else {
    search.q = key.slice(0, 100)
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined))
}
