/**
 * Decisions a director takes on what the handling units ask for: extension requests (延期申请)
 * and returned tickets (退单, an item a unit sends back as not its own). Both are events of the
 * work-order model (work-order.ts); a user's decision is stored in the simulator's overlay
 * (`UserDecision`) and wins over the decision the model would take later.
 *
 * A return decided by a user changes the order itself (its handling unit, and the deadlines that
 * count from the re-dispatch), so `withReturnDecisions` gives the order as it stands after such a
 * decision; the simulator hands out that order everywhere (lists, aggregates, details).
 */
import { workingDaysBetween } from './calendar'
import { chinaDayOf, type ChinaDay } from './china-time'
import type { KindCode, UnitCode } from './domain-codes'
import type { KpiContext } from './kpis'
import { stageRecord } from './packed-stages'
import {
  EMPTY_OVERLAY,
  extensionDecisionAt,
  stageStateAt,
  type ExtensionEvent,
  type ExtensionShift,
  type OrderOverlay,
  type ReturnEvent,
  type Stage,
  type StageCode,
  type UserDecision,
  type WorkOrder,
} from './work-order'

export type DecisionStatus = 'pending' | 'approved' | 'rejected'

/** The decisions' common filters: the period applies to the request (or return) day. */
export interface DecisionFilters {
  readonly from: ChinaDay
  readonly to: ChinaDay
  readonly status?: DecisionStatus | undefined
  /** Extension requests: the requesting (handling) unit; returns: the returning unit. */
  readonly unit?: UnitCode | undefined
}

/** An extension request as of the clock. */
export interface ExtensionRequestState {
  readonly order: WorkOrder
  readonly event: ExtensionEvent
  readonly kind: KindCode
  readonly unit: UnitCode
  /** The stage whose limit moves: `verified` for a report, `closed` otherwise. */
  readonly stage: StageCode
  readonly status: DecisionStatus
  /** The stage's deadline at the clock (moved already when approved). */
  readonly deadlineAt: number
  readonly deadlineIfApproved: number
  readonly decidedAt: number | null
  readonly decidedBy: string | null
  readonly decisionNote: string | null
}

/** A returned ticket as of the clock. */
export interface ReturnedTicketState {
  readonly order: WorkOrder
  readonly event: ReturnEvent
  readonly status: DecisionStatus
  /** Returned within its limit (before `returnDeadlineAt`). */
  readonly onTime: boolean
  /** The unit it was re-dispatched to once approved, else null. */
  readonly toUnit: UnitCode | null
  readonly decidedAt: number | null
  readonly decidedBy: string | null
  readonly decisionNote: string | null
}

/** A user's decision on an event, as of `now`. */
export function userDecisionOn(overlay: OrderOverlay, eventId: string, now: number): UserDecision | null {
  return overlay.decisions.find((d) => d.eventId === eventId && d.at <= now) ?? null
}

/** Where an event id names its order: `RZ-YYYYMMDD-NNNN-E1` belongs to `RZ-YYYYMMDD-NNNN`. */
export function orderIdOfEvent(eventId: string): string | null {
  const match = /^(RZ-\d{8}-\d{4})-[A-Za-z0-9]+$/.exec(eventId)
  return match?.[1] ?? null
}

function inPeriod(ms: number, filters: DecisionFilters): boolean {
  const day = chinaDayOf(ms)
  return day >= filters.from && day <= filters.to
}

export function extensionRequestOf(
  order: WorkOrder,
  event: ExtensionEvent,
  ctx: KpiContext,
): ExtensionRequestState | null {
  if (event.requestedAt > ctx.now) return null
  const overlay = ctx.overlayOf(order.id) ?? EMPTY_OVERLAY
  const stage: StageCode = order.kind === 'report' ? 'verified' : 'closed'
  const state = stageStateAt(order, stage, ctx.now, overlay, ctx.shift)
  if (state?.deadlineAt == null) return null
  const decision = extensionDecisionAt(event, ctx.now, overlay)
  const status: DecisionStatus = decision?.decision ?? 'pending'
  const mine = userDecisionOn(overlay, event.id, ctx.now)
  return {
    order,
    event,
    kind: order.kind,
    unit: order.unit,
    stage,
    status,
    deadlineAt: state.deadlineAt,
    deadlineIfApproved:
      status === 'approved' ? state.deadlineAt : ctx.shift(state.deadlineAt, event.extraWorkingDays),
    decidedAt: decision?.at ?? null,
    decidedBy: decision?.by ?? null,
    decisionNote: mine?.note ?? null,
  }
}

/** Every extension request of `orders` matching the filters, newest first (ties by id). */
export function listExtensionRequests(
  orders: readonly WorkOrder[],
  filters: DecisionFilters,
  ctx: KpiContext,
): ExtensionRequestState[] {
  const out: ExtensionRequestState[] = []
  for (const order of orders) {
    if (order.events.length === 0) continue
    if (filters.unit !== undefined && order.unit !== filters.unit) continue
    for (const event of order.events) {
      if (event.type !== 'extension' || !inPeriod(event.requestedAt, filters)) continue
      const request = extensionRequestOf(order, event, ctx)
      if (request && (filters.status === undefined || request.status === filters.status)) out.push(request)
    }
  }
  out.sort((a, b) => b.event.requestedAt - a.event.requestedAt || (a.event.id < b.event.id ? -1 : 1))
  return out
}

/**
 * A return's state at `now`: a user's decision first; else the model's re-dispatch (at
 * `redispatchedAt`) is the approval, and until then the return is pending.
 */
export function returnedTicketOf(
  order: WorkOrder,
  event: ReturnEvent,
  ctx: KpiContext,
): ReturnedTicketState | null {
  if (event.returnedAt > ctx.now) return null
  const overlay = ctx.overlayOf(order.id) ?? EMPTY_OVERLAY
  const mine = userDecisionOn(overlay, event.id, ctx.now)
  const onTime = event.returnedAt < event.returnDeadlineAt
  if (mine) {
    const approved = mine.decision === 'approved'
    return {
      order,
      event,
      status: mine.decision,
      onTime,
      toUnit: approved ? (mine.toUnit ?? event.toUnit) : null,
      decidedAt: mine.at,
      decidedBy: mine.by,
      decisionNote: mine.note ?? null,
    }
  }
  const redispatched = event.redispatchedAt <= ctx.now
  return {
    order,
    event,
    status: redispatched ? 'approved' : 'pending',
    onTime,
    toUnit: redispatched ? event.toUnit : null,
    // The dispatch centre's re-dispatch is the approval the model takes.
    decidedAt: redispatched ? event.redispatchedAt : null,
    decidedBy: null,
    decisionNote: null,
  }
}

/** Every returned ticket of `orders` matching the filters (unit: the returning one), newest first. */
export function listReturnedTickets(
  orders: readonly WorkOrder[],
  filters: DecisionFilters,
  ctx: KpiContext,
): ReturnedTicketState[] {
  const out: ReturnedTicketState[] = []
  for (const order of orders) {
    if (order.events.length === 0) continue
    for (const event of order.events) {
      if (event.type !== 'return' || !inPeriod(event.returnedAt, filters)) continue
      if (filters.unit !== undefined && event.fromUnit !== filters.unit) continue
      const ticket = returnedTicketOf(order, event, ctx)
      if (ticket && (filters.status === undefined || ticket.status === filters.status)) out.push(ticket)
    }
  }
  out.sort((a, b) => b.event.returnedAt - a.event.returnedAt || (a.event.id < b.event.id ? -1 : 1))
  return out
}

/** Stages whose limits count from the moment the handling unit got the item. */
function stagesFromDispatch(order: WorkOrder): readonly StageCode[] {
  // A complaint's mediation counts from the acceptance decision, not from the dispatch; a 12345
  // item's handling limit (closure) counts from the ticket reaching the unit.
  if (order.channel === 'hotline12345') return ['signed', 'accepted', 'verified', 'mediated', 'closed']
  if (order.kind === 'report') return ['signed', 'verified', 'closed']
  return ['signed', 'accepted']
}

/**
 * The order as it stands after users' decisions on its returns, as of `now`:
 * - approved: re-dispatched at the decision to the chosen unit, which handles it from then on;
 *   the limits that count from the re-dispatch (wrongUnitReturn rule: the competent unit's clock
 *   starts when it receives the item) are counted from the decision's day;
 * - rejected: the item stays with the returning unit, and the deadlines do not move: the limits
 *   count from the first dispatch again, as if it had never been returned.
 * Returns `order` itself (no allocation) when no user decided a return of it.
 */
export function withReturnDecisions(
  order: WorkOrder,
  overlay: OrderOverlay | undefined,
  now: number,
  shift: ExtensionShift,
): WorkOrder {
  if (overlay === undefined || overlay.decisions.length === 0 || order.events.length === 0) return order
  let result = order
  for (const event of order.events) {
    if (event.type !== 'return') continue
    const decision = userDecisionOn(overlay, event.id, now)
    if (!decision) continue
    const modelDay = chinaDayOf(event.redispatchedAt)
    let unit: UnitCode
    let replaced: ReturnEvent
    let startDay: ChinaDay
    if (decision.decision === 'approved') {
      unit = decision.toUnit ?? event.toUnit
      replaced = { ...event, toUnit: unit, redispatchedAt: decision.at }
      startDay = chinaDayOf(decision.at)
    } else {
      unit = event.fromUnit
      // Never re-dispatched: an instant that is never reached keeps the view's `redispatchedAt`
      // null (work-order.ts shows a re-dispatch only once it is at or before the clock).
      replaced = { ...event, redispatchedAt: Number.POSITIVE_INFINITY }
      startDay = chinaDayOf(order.stages.dispatched?.completedAt ?? order.receivedAt)
    }
    const delta = workingDaysBetween(modelDay, startDay)
    const stages: Partial<Record<StageCode, Stage>> = stageRecord(result.kind, result.stages)
    if (delta !== 0) {
      for (const code of stagesFromDispatch(order)) {
        const stage = stages[code]
        if (stage?.deadlineAt == null) continue
        stages[code] = { ...stage, deadlineAt: shift(stage.deadlineAt, delta) }
      }
    }
    result = {
      ...result,
      unit,
      stages,
      events: result.events.map((e) => (e.id === event.id ? replaced : e)),
    }
  }
  return result
}

/** `withReturnDecisions` over a day's orders: the same array when nothing changed. */
export function applyReturnDecisions(
  orders: readonly WorkOrder[],
  overlayOf: (orderId: string) => OrderOverlay | undefined,
  now: number,
  shift: ExtensionShift,
): readonly WorkOrder[] {
  let out: WorkOrder[] | null = null
  for (const [i, order] of orders.entries()) {
    if (order.events.length === 0) continue
    const changed = withReturnDecisions(order, overlayOf(order.id), now, shift)
    if (changed === order) continue
    out ??= orders.slice()
    out[i] = changed
  }
  return out ?? orders
}
