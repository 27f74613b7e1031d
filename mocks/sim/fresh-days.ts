/**
 * The series of days no answer has read before, summed straight from the days' columns read
 * one order at a time (day-columns.ts `DayOrderReader`), for the summary.
 *
 * Why: a cold one-year summary reads ~80k orders once. The simulator computes the facts of a
 * day's first reading afresh and keeps neither them nor a table (a later answer does), so the
 * orders themselves need not outlive the reading either: each is read into one reused object
 * and summed. A day of the period that is also a day of the open candidates (the lookback
 * before `asOf`) is read once for both.
 */
import {
  SeriesCounters,
  computeFacts,
  emitSeries,
  matchesDimensions,
  settledAt,
  type KpiContext,
  type MutableFacts,
  type OrderFilters,
  type PeriodBounds,
} from './kpis'
import type { DayOrderReader } from './day-columns'
import { latestStageTime } from './packed-stages'

/**
 * What the fresh days add to the summary's series (see `computeSummary`): only those the summary
 * reads; the six timely rates' (dispatch, reply) stay 0.
 */
export interface FreshSeries {
  /** Inside the period's days. */
  readonly toPeriod: SeriesCounters
  /** Whatever the day. */
  readonly toOpen: SeriesCounters
  readonly fromMs: number
  /** The facts of the order being summed: one object, overwritten per order (kpis.ts `computeFacts`). */
  facts: MutableFacts | null
}

export function createFreshSeries({
  fromDay,
  toDay,
  fromMs,
}: Pick<PeriodBounds, 'fromDay' | 'toDay' | 'fromMs'>): FreshSeries {
  return {
    toPeriod: new SeriesCounters(fromDay, toDay),
    toOpen: new SeriesCounters(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
    fromMs,
    facts: null,
  }
}

/**
 * Adds one fresh day's orders (all received by `ctx.now`, none acted on by users): to the
 * period's series when the day is a candidate of the period, to the open states when it is
 * one of the open candidates.
 */
export function addFreshDay(
  into: FreshSeries,
  orders: DayOrderReader,
  filters: OrderFilters,
  ctx: KpiContext,
  inPeriod: boolean,
  inOpen: boolean,
): void {
  const fromMs = into.fromMs
  for (let i = 0; i < orders.count; i++) {
    // Valid until the next read: nothing below keeps it.
    const order = orders.read(i)
    if (!matchesDimensions(order, filters)) continue
    // An order of the lookback counts in the period on the day of one of its stage times (a
    // deadline, a completion; an extension decision only moves a deadline earlier without a
    // user's decision): none in the period, none of its figures is. Most of the lookback.
    // Read for every order, though an order received in the period needs no look: the orders of
    // the lookback come last (newest day first), and a read first met there, with this code
    // compiled, threw the compiled code away.
    const toThePeriod = inPeriod && latestStageTime(order.kind, order.stages) >= fromMs
    // Only open states are read from the open candidates (see `computeOpenFigure`).
    const toOpen = inOpen && !settledAt(order, ctx)
    if (!toThePeriod && !toOpen) continue
    // Valid until the next order: emitSeries keeps nothing of it. Without the six timely rates'
    // facts: the summary reads none of their series.
    const facts = computeFacts(order, ctx, into.facts, false)
    into.facts = facts
    if (toThePeriod) emitSeries(order, facts, into.toPeriod)
    if (toOpen) emitSeries(order, facts, into.toOpen)
  }
}
