import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import type { components } from '@/shared/api/schema.gen'
import { alertStateOf, type RaisedAlert } from '../sim/alerts'
import { toChinaIso } from '../sim/china-time'
import type { DeskRecords } from '../sim/desk-records'
import { orderText } from '../sim/order-text'
import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'
import { WALL_MIN_ITEMS } from './kpi-handlers'
import { clip, maxBusinessNameLength } from './work-order-serializer'

type AlertSummaryJson = components['schemas']['AlertSummary']
type Business = AlertSummaryJson['businesses'][number]

/** The contract's cap on the businesses a summary names. */
const MAX_BUSINESSES = 3

/**
 * The small-cell rule for business names: a name counts only when at least `WALL_MIN_ITEMS` of
 * the items name it, so that a name on a public screen never stands for one or two people's
 * complaints. The most named first, ties by name; the text is clipped and its phone and ID
 * digits masked (business names are free text from the public).
 */
export function businessCells(names: Iterable<string>, minItems = WALL_MIN_ITEMS): Business[] {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts]
    .filter(([, count]) => count >= minItems)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_BUSINESSES)
    .map(([name, count]) => ({ name: maskPersonalNumbers(clip(name, maxBusinessNameLength)), count }))
}

/**
 * The items behind an alert: a card's own; for a spike, its category's (and district's) latest
 * window. `GET /work-orders?alert=` lists these, so their number is the alert's `itemCount`.
 */
export function itemsOf(alert: RaisedAlert, simulator: Simulator): WorkOrder[] {
  const { spike } = alert
  if (spike === null) {
    return alert.items.flatMap((item) => simulator.findOrder(item.orderId) ?? [])
  }
  return simulator
    .ordersInRange(spike.windowFrom, spike.windowTo)
    .filter(
      (order) =>
        order.category === spike.category && (spike.district === null || order.district === spike.district),
    )
}

/**
 * The contract's `AlertSummary`: an alert as a public screen may show it. Built field by field
 * from codes, times and counts, never by removing fields from the full `Alert`, so that a field
 * added to alerts one day does not reach the wall by default.
 */
export function alertSummaryJson(
  alert: RaisedAlert,
  records: DeskRecords,
  simulator: Simulator,
): AlertSummaryJson {
  const state = alertStateOf(alert, records)
  const { spike } = alert
  return {
    id: alert.id,
    type: alert.type,
    status: state.status,
    raisedAt: toChinaIso(alert.raisedAt),
    itemCount: spike === null ? alert.items.length : spike.count,
    unit: alert.unit,
    district: alert.district,
    category: spike === null ? null : spike.category,
    deadlineAt: alert.deadlineAt === null ? null : toChinaIso(alert.deadlineAt),
    spike: spike === null ? null : { ...spike },
    acknowledgedAt: state.acknowledgedAt === null ? null : toChinaIso(state.acknowledgedAt),
    planCode: state.plan === null ? null : state.plan.code,
    planActivatedAt: state.plan === null ? null : toChinaIso(state.plan.activatedAt),
    resolvedAt: state.resolvedAt === null ? null : toChinaIso(state.resolvedAt),
    businesses: businessCells(itemsOf(alert, simulator).map((order) => orderText(order).businessName)),
  }
}
