/**
 * Lists read from the day tables (kpis.ts `DayTable`): which orders of a receipt day count for a
 * metric, or are open / overdue / at risk / supervised / closed at `ctx.now`. A table lists, per
 * series, the index of the order behind each emission, and every order emits each series at most
 * once: the orders a list wants are those emitters, found without reading the facts of the
 * day's other orders. Same emissions as the figures, so a list still equals its figure.
 */
import {
  dayOfMs,
  lowerBound,
  METRIC_SERIES,
  SERIES,
  type DayTable,
  type KpiContext,
  type Metric,
} from './kpis'
import { dayFromEpochDay, type ChinaDay } from './china-time'
import type { WorkOrder } from './work-order'

/**
 * Cuts `orders` (in receipt order, as the simulator hands them in) into runs of one receipt day,
 * `[start, end)`, each with the day's table when there is one holding at `ctx.now` and it lists
 * exactly that run (else undefined: read the run's orders one by one).
 */
export function forEachReceiptDay(
  orders: readonly WorkOrder[],
  ctx: KpiContext,
  visit: (start: number, end: number, table: DayTable | undefined) => void,
): void {
  let i = 0
  while (i < orders.length) {
    const first = orders[i]
    if (!first) break
    const receiptDay = dayOfMs(first.receivedAt)
    const table = ctx.dayTable?.(receiptDay, ctx.now)
    if (table && table.count > 0) {
      const end = i + table.count
      const last = orders[end - 1]
      const next = orders[end]
      if (
        last !== undefined &&
        dayOfMs(last.receivedAt) === receiptDay &&
        (next === undefined || dayOfMs(next.receivedAt) !== receiptDay)
      ) {
        visit(i, end, table)
        i = end
        continue
      }
    }
    let end = i + 1
    while (end < orders.length && dayOfMs(orders[end]?.receivedAt ?? 0) === receiptDay) end++
    visit(i, end, undefined)
    i = end
  }
}

const NO_INDEXES = new Int32Array(0)

/** Indexes (into `table.orders`) of the emitters of `series` on days [fromDay, toDay], ascending. */
function emittersOf(table: DayTable, series: number, fromDay: number, toDay: number): Int32Array {
  const days = table.days[series]
  const by = table.emitters[series]
  if (!days || !by || days.length === 0) return NO_INDEXES
  const lo = (days[0] ?? 0) >= fromDay ? 0 : lowerBound(days, fromDay)
  const hi = (days[days.length - 1] ?? 0) <= toDay ? days.length : lowerBound(days, toDay + 1)
  // Emissions are sorted by the day they count on: back to receipt (index) order.
  return by.slice(lo, hi).sort()
}

/** Indexes of `all` not in `some` (both ascending). */
function without(all: Int32Array, some: Int32Array): Int32Array {
  const out = new Int32Array(all.length)
  let n = 0
  let k = 0
  for (const index of all) {
    while (k < some.length && (some[k] ?? 0) < index) k++
    if (k < some.length && some[k] === index) continue
    out[n++] = index
  }
  return out.subarray(0, n)
}

/** Whether `metric` can be listed from day tables (every metric with a series: not supervision or open). */
export function hasDaySeries(metric: Metric): boolean {
  return METRIC_SERIES[metric] !== undefined
}

/**
 * The orders of one day's table that count for `metric` in [fromDay, toDay], in receipt order:
 * `side` null all of them, true the numerator's side, false the rest (as `sideOf`: 1 / 0).
 */
export function metricMembers(
  table: DayTable,
  metric: Metric,
  side: boolean | null,
  fromDay: number,
  toDay: number,
): Int32Array {
  const pair = METRIC_SERIES[metric]
  if (!pair) throw new Error(`${metric} has no day series`)
  const [counted, numerator] = pair
  // A count has no other side: all its items are on the numerator's.
  if (numerator === null) return side === false ? NO_INDEXES : emittersOf(table, counted, fromDay, toDay)
  if (side === null) return emittersOf(table, counted, fromDay, toDay)
  const hits = emittersOf(table, numerator, fromDay, toDay)
  return side ? hits : without(emittersOf(table, counted, fromDay, toDay), hits)
}

export type OrderStatus = 'open' | 'overdue' | 'atRisk' | 'closed' | 'supervised'

const STATUS_SERIES: Record<Exclude<OrderStatus, 'closed'>, number> = {
  open: SERIES.open,
  overdue: SERIES.overdue,
  atRisk: SERIES.atRisk,
  supervised: SERIES.supervised,
}

const ALL_DAYS: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]

/** The orders of one day's table in a state at `ctx.now`, in receipt order (closed: not open). */
export function statusMembers(table: DayTable, status: OrderStatus): Int32Array {
  if (status !== 'closed') return emittersOf(table, STATUS_SERIES[status], ...ALL_DAYS)
  const all = new Int32Array(table.count)
  for (let i = 0; i < all.length; i++) all[i] = i
  return without(all, emittersOf(table, SERIES.open, ...ALL_DAYS))
}

/** Fen recovered by the table's orders closed at `ctx.now` (the recovered series, every day). */
export function closedRecoveredFen(table: DayTable): number {
  const sums = table.sums[SERIES.recoveredFen]
  return sums === undefined ? 0 : (sums[sums.length - 1] ?? 0)
}

/** Indexes in both (ascending) lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length))
  let n = 0
  let k = 0
  for (const index of a) {
    while (k < b.length && (b[k] ?? 0) < index) k++
    if (k < b.length && b[k] === index) out[n++] = index
  }
  return out.subarray(0, n)
}

/**
 * Drops the orders received after `now` from a receipt-ordered list (read from the simulator
 * after `now` was taken): only the last receipt day's orders can be later, so no pass over all.
 */
export function receivedBy(orders: WorkOrder[], now: number): WorkOrder[] {
  const today = dayOfMs(now)
  let start = orders.length
  while (start > 0 && dayOfMs(orders[start - 1]?.receivedAt ?? 0) >= today) start--
  let kept = start
  for (let i = start; i < orders.length; i++) {
    const order = orders[i]
    if (order !== undefined && order.receivedAt <= now) orders[kept++] = order
  }
  orders.length = kept
  return orders
}

/**
 * The orders received on China days [fromDay, toDay] that exist at `now`, in receipt order: the
 * simulator's days joined by one `concat` (a three-year list holds ~170k orders; pushing them
 * one by one costs several times more). Days before today's do not depend on the clock
 * reading; today's are cut at `now`.
 */
export function receivedOnDays(
  ordersReceivedOn: (day: ChinaDay) => readonly WorkOrder[],
  fromDay: number,
  toDay: number,
  now: number,
): WorkOrder[] {
  const days: (readonly WorkOrder[])[] = []
  const last = Math.min(toDay, dayOfMs(now))
  for (let e = fromDay; e <= last; e++) days.push(ordersReceivedOn(dayFromEpochDay(e)))
  return receivedBy(([] as WorkOrder[]).concat(...days), now)
}

const recoveredByOrder = new WeakMap<DayTable, Float64Array>()

/**
 * The fen each of the table's orders recovered, when closed at `ctx.now` (else 0): the recovered
 * series by emitter, kept with the table (a list's `recoveredFen` adds its members' without
 * reading each order's stages).
 */
export function recoveredFenByOrder(table: DayTable): Float64Array {
  let out = recoveredByOrder.get(table)
  if (out === undefined) {
    const built = new Float64Array(table.count)
    const sums = table.sums[SERIES.recoveredFen]
    const by = table.emitters[SERIES.recoveredFen]
    if (sums && by) {
      for (let k = 0; k < by.length; k++) {
        const index = by[k] ?? 0
        built[index] = (built[index] ?? 0) + (sums[k + 1] ?? 0) - (sums[k] ?? 0)
      }
    }
    recoveredByOrder.set(table, built)
    out = built
  }
  return out
}

/**
 * Visits the receipt days [fromDay, toDay] one by one, as far as they exist at `ctx.now`: the
 * day's orders (today's cut at `now`) and its table when one holds for exactly these orders.
 * No list of every order is built (a state's list over three years keeps a few thousand).
 */
export function forEachDayOfRange(
  ordersReceivedOn: (day: ChinaDay) => readonly WorkOrder[],
  fromDay: number,
  toDay: number,
  ctx: KpiContext,
  visit: (orders: readonly WorkOrder[], table: DayTable | undefined) => void,
): void {
  const today = dayOfMs(ctx.now)
  const last = Math.min(toDay, today)
  for (let e = fromDay; e <= last; e++) {
    let orders = ordersReceivedOn(dayFromEpochDay(e))
    if (e === today) orders = orders.filter((order) => order.receivedAt <= ctx.now)
    if (orders.length === 0) continue
    const table = ctx.dayTable?.(e, ctx.now)
    visit(orders, table?.count === orders.length ? table : undefined)
  }
}
