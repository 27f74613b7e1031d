import { chinaDayOf } from '../sim/china-time'
import { workingDaysBetween } from '../sim/calendar'
import type { KpiContext } from '../sim/kpis'
import type { WorkOrder } from '../sim/work-order'
import type { OrderState } from './work-order-serializer'

/** An open item nobody supervises yet that is overdue or at risk, with what ranks it. */
export interface Suggestion {
  readonly order: WorkOrder
  readonly state: OrderState
  /**
   * Working days the item has been overdue, today included (1 on the first overdue working day,
   * the red card's day; 0 when at risk, or when every day since the deadline was a rest day).
   */
  readonly overdueWorkingDays: number
}

/**
 * The items to suggest for supervision, most pressing first (the contract's ranking, written in
 * public/openapi.yaml at `/supervision-suggestions`): overdue before at risk; among the overdue,
 * more working days late first, then more reminders (a unit that reminders did not move), then
 * the longer overdue; among those at risk, more reminders first, then the nearer deadline. Ties
 * by id, so pages never shuffle. Working days, not hours: a weekend must not make an item look
 * later than one that was overdue across working days.
 */
export function rankSuggestions(
  candidates: readonly WorkOrder[],
  stateOf: (order: WorkOrder) => OrderState,
  ctx: KpiContext,
): Suggestion[] {
  const today = chinaDayOf(ctx.now)
  const suggestions: Suggestion[] = []
  for (const order of candidates) {
    const state = stateOf(order)
    if (state.supervised || !(state.overdue || state.atRisk)) continue
    // A deadline at 24:00 ends the day before midnight: the first day late is the next one.
    const late =
      state.overdueSince === null ? 0 : workingDaysBetween(chinaDayOf(state.overdueSince - 1), today)
    suggestions.push({ order, state, overdueWorkingDays: Math.max(0, late) })
  }
  return suggestions.sort(compareSuggestions)
}

function compareSuggestions(a: Suggestion, b: Suggestion): number {
  if (a.state.overdue !== b.state.overdue) return a.state.overdue ? -1 : 1
  if (a.state.overdue) {
    return (
      b.overdueWorkingDays - a.overdueWorkingDays ||
      b.state.reminderCount - a.state.reminderCount ||
      (a.state.overdueSince ?? 0) - (b.state.overdueSince ?? 0) ||
      byId(a, b)
    )
  }
  return (
    b.state.reminderCount - a.state.reminderCount ||
    (a.state.dueAt ?? Number.POSITIVE_INFINITY) - (b.state.dueAt ?? Number.POSITIVE_INFINITY) ||
    byId(a, b)
  )
}

function byId(a: Suggestion, b: Suggestion): number {
  return a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0
}
