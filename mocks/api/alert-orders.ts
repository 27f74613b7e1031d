import { z } from 'zod/mini'
import { raisedAlerts } from '../sim/alerts'
import { chinaDayOf, type ChinaDay } from '../sim/china-time'
import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'
import { itemsOf } from './alert-summary'
import { visibleTo } from './alert-handlers'
import type { Authenticated } from './session'

/** The contract's `Id`, as the `alert` filter of `GET /work-orders` takes it. */
export const alertIdParam = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/))

export interface AlertOrders {
  /** The ids of the items behind the alert. */
  readonly ids: ReadonlySet<string>
  /** The receipt days they span: the list's period when the request names none. */
  readonly from: ChinaDay
  readonly to: ChinaDay
}

/**
 * The items behind an alert the user may see (the contract's `alert` filter), or null when there
 * is no such alert for them (`not-found`: another unit's card is not theirs to know of).
 */
export function alertOrders(simulator: Simulator, auth: Authenticated, id: string): AlertOrders | null {
  const alert = raisedAlerts(simulator).find((a) => a.id === id)
  if (!alert || !visibleTo(alert, auth)) return null
  const orders: readonly WorkOrder[] = itemsOf(alert, simulator)
  const today = chinaDayOf(simulator.now())
  let from = today
  let to = today
  for (const [i, order] of orders.entries()) {
    const day = chinaDayOf(order.receivedAt)
    if (i === 0 || day < from) from = day
    if (i === 0 || day > to) to = day
  }
  return { ids: new Set(orders.map((order) => order.id)), from, to }
}
