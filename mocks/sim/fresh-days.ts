/**
 * The series of days no answer has read before, summed straight from orders built for this
 * reading alone (day-columns.ts), for the summary.
 *
 * Why: a cold one-year summary reads ~80k orders once. The simulator computes the facts of a
 * day's first reading afresh and keeps neither them nor a table (a later answer does), so the
 * orders themselves need not outlive the reading either: built, read and dropped, they never
 * leave the garbage collector's young generation, where dropping costs nothing. A day of the
 * period that is also a day of the open candidates (the lookback before `asOf`) is read once
 * for both.
 */
import {
  SERIES_COUNT,
  computeFacts,
  emitSeries,
  matchesDimensions,
  settledAt,
  type Emit,
  type KpiContext,
  type OrderFilters,
  type PeriodBounds,
} from './kpis'
import { latestStageTime } from './packed-stages'
import type { WorkOrder } from './work-order'

/** What the fresh days add to the summary's series (see `computeSummary`). */
export interface FreshSeries {
  readonly period: Float64Array
  readonly open: Float64Array
  readonly fromMs: number
  /** Into `period`, inside the period's days. */
  readonly toPeriod: Emit
  /** Into `open`, whatever the day. */
  readonly toOpen: Emit
}

/**
 * The sums of one summary. Its two emitters are made once, not per day: a new closure at the
 * same call each day made the JIT drop its compiled `emitSeries` again and again.
 */
export function createFreshSeries({
  fromDay,
  toDay,
  fromMs,
}: Pick<PeriodBounds, 'fromDay' | 'toDay' | 'fromMs'>): FreshSeries {
  const period = new Float64Array(SERIES_COUNT)
  const open = new Float64Array(SERIES_COUNT)
  return {
    period,
    open,
    fromMs,
    toPeriod: (series, day, value) => {
      if (day >= fromDay && day <= toDay) period[series] = (period[series] ?? 0) + value
    },
    toOpen: (series, _day, value) => {
      open[series] = (open[series] ?? 0) + value
    },
  }
}

/**
 * Adds one fresh day's orders (all received by `ctx.now`, none acted on by users): to the
 * period's series when the day is a candidate of the period, to the open states when it is
 * one of the open candidates.
 */
export function addFreshDay(
  into: FreshSeries,
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
  inPeriod: boolean,
  inOpen: boolean,
): void {
  const fromMs = into.fromMs
  for (const order of orders) {
    if (!matchesDimensions(order, filters)) continue
    // An order of the lookback counts in the period on the day of one of its stage times (a
    // deadline, a completion; an extension decision only moves a deadline earlier without a
    // user's decision): none in the period, none of its figures is. Most of the lookback.
    const toThePeriod =
      inPeriod && (order.receivedAt >= fromMs || latestStageTime(order.kind, order.stages) >= fromMs)
    // Only open states are read from the open candidates (see `computeOpenFigure`).
    const toOpen = inOpen && !settledAt(order, ctx)
    if (!toThePeriod && !toOpen) continue
    const facts = computeFacts(order, ctx)
    if (toThePeriod) emitSeries(order, facts, into.toPeriod)
    if (toOpen) emitSeries(order, facts, into.toOpen)
  }
}
