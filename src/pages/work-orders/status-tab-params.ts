import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import type { WorkOrderStatus } from '@/entities/work-order/work-order-status'

/** The state tabs: "all" (no status filter) first, then the states in the order staff work through them. */
export const statusTabs = [
  undefined,
  ...(['open', 'overdue', 'atRisk', 'supervised', 'closed'] as const satisfies readonly WorkOrderStatus[]),
]

/**
 * What each state tab counts: the list's other filters (not its order or page size) with the
 * tab's state. Shared by the tabs and the requests started before the app loads, which must ask
 * for exactly the same URLs.
 */
export function statusTabParams(params: WorkOrderListParams): WorkOrderListParams[] {
  const { sort: _sort, limit: _limit, status: _status, ...scope } = params
  return statusTabs.map((status) => (status === undefined ? scope : { ...scope, status }))
}
