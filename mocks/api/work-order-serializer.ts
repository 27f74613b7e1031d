import type { components } from '@/shared/api/schema.gen'
import { escalationJson, type EscalationJson } from './decision-serializer'
import { toChinaIso } from '../sim/china-time'
import type { KpiContext } from '../sim/kpis'
import { openState } from '../sim/kpis'
import { escalationOf } from '../sim/escalations'
import { orderText } from '../sim/order-text'
import {
  completedAsOf,
  EMPTY_OVERLAY,
  stageStateAt,
  STAGES_BY_KIND,
  type EventView,
  type Reminder,
  type StageCode,
  type SupervisionRecord,
  type WorkOrder,
  type WorkOrderView,
} from '../sim/work-order'

/**
 * Maps the simulator's work orders to the contract's JSON (public/openapi.yaml): timestamps as
 * China ISO (`+08:00`), enums as codes, money as integer fen. The derived states (`stage`,
 * `dueAt`, `overdue`, `atRisk`, `supervised`, `overdueSince`) come from the same helpers as the
 * aggregates (kpis.ts), so a row's flags agree with the figures that count it.
 */
type Schemas = components['schemas']
export type WorkOrderSummaryJson = Schemas['WorkOrderSummary']
export type WorkOrderDetailJson = Schemas['WorkOrderDetail']
export type ReminderJson = Schemas['Reminder']
type DeadlineEventJson = Schemas['DeadlineEvent']

/** The contract's maxima for free text (PlainText 2,000; businessName 200; a reminder's note 500), in code points. */
const maxSummaryLength = 2000
export const maxBusinessNameLength = 200
const maxReminderNoteLength = 500

export function clip(text: string, max: number): string {
  // Never more code points than UTF-16 units: most texts need no splitting at all.
  if (text.length <= max) return text
  const points = Array.from(text)
  return points.length <= max ? text : points.slice(0, max).join('')
}

const iso = (ms: number | null): string | null => (ms === null ? null : toChinaIso(ms))

/** The order's states at the clock, derived once and shared by rows, sorting and filters. */
export interface OrderState {
  readonly stage: StageCode
  /** The earliest open stage's deadline, or null. */
  readonly dueAt: number | null
  /** For `sort=dueAt`: `dueAt`, else the closure deadline, else null (sorted last). */
  readonly sortDueAt: number | null
  readonly closedAt: number | null
  readonly overdue: boolean
  readonly atRisk: boolean
  readonly supervised: boolean
  /** The earliest deadline an open stage has passed, when overdue. */
  readonly overdueSince: number | null
  /** Reminders sent by the clock, the model's and users' (the detail's `reminders`). */
  readonly reminderCount: number
}

export function isSupervisedAt(order: WorkOrder, ctx: KpiContext): boolean {
  // Loops, not closures: this runs for every row of a page.
  for (const s of order.supervisions) if (isOpenAt(s, ctx.now)) return true
  const overlay = ctx.overlayOf(order.id)
  if (overlay) for (const s of overlay.supervisions) if (isOpenAt(s, ctx.now)) return true
  return false
}

function remindersBy(reminders: readonly Reminder[], now: number): number {
  let count = 0
  for (const r of reminders) if (r.at <= now) count++
  return count
}

function isOpenAt(s: SupervisionRecord, now: number): boolean {
  return s.openedAt <= now && (s.closedAt === null || s.closedAt > now)
}

export function orderStateOf(order: WorkOrder, ctx: KpiContext): OrderState {
  const overlay = ctx.overlayOf(order.id) ?? EMPTY_OVERLAY
  const closedAt = completedAsOf(order.stages.closed, ctx.now)
  let stage: StageCode | null = null
  let lastDone: StageCode = 'received'
  let dueAt: number | null = null
  let closureDeadline: number | null = null
  let overdueSince: number | null = null
  for (const code of STAGES_BY_KIND[order.kind]) {
    const state = stageStateAt(order, code, ctx.now, overlay, ctx.shift)
    if (!state) continue
    if (code === 'closed') closureDeadline = state.deadlineAt
    if (state.completedAt !== null) {
      lastDone = code
      continue
    }
    if (closedAt === null && stage === null) stage = code
    if (state.deadlineAt === null) continue
    if (dueAt === null || state.deadlineAt < dueAt) dueAt = state.deadlineAt
    if (ctx.now >= state.deadlineAt && (overdueSince === null || state.deadlineAt < overdueSince))
      overdueSince = state.deadlineAt
  }
  // Once closed, the stage is the last one done (closed, replied or followUp).
  const open = closedAt === null ? openState(order, ctx) : null
  return {
    stage: stage ?? lastDone,
    dueAt,
    sortDueAt: dueAt ?? closureDeadline,
    closedAt,
    overdue: open === 'overdue',
    atRisk: open === 'atRisk',
    supervised: isSupervisedAt(order, ctx),
    overdueSince: open === 'overdue' ? overdueSince : null,
    reminderCount: remindersBy(order.reminders, ctx.now) + remindersBy(overlay.reminders, ctx.now),
  }
}

/** `state`: the order's state at `ctx.now` when already derived (a sorted list's keys). */
export function summaryJson(
  order: WorkOrder,
  ctx: KpiContext,
  state: OrderState = orderStateOf(order, ctx),
): WorkOrderSummaryJson {
  const text = orderText(order)
  return {
    id: order.id,
    kind: order.kind,
    channel: order.channel,
    district: order.district,
    category: order.category,
    unit: order.unit,
    receivedAt: toChinaIso(order.receivedAt),
    stage: state.stage,
    dueAt: iso(state.dueAt),
    closed: state.closedAt !== null,
    closedAt: iso(state.closedAt),
    overdue: state.overdue,
    atRisk: state.atRisk,
    supervised: state.supervised,
    overdueSince: iso(state.overdueSince),
    consumerAssociation: order.consumerAssociation,
    recoveredFen: state.closedAt !== null ? order.recoveredFen : 0,
    reminderCount: state.reminderCount,
    summary: clip(text.summary, maxSummaryLength),
    businessName: clip(text.businessName, maxBusinessNameLength),
  }
}

export function reminderJson(reminder: Reminder, workOrderId: string): ReminderJson {
  return {
    id: reminder.id,
    workOrderId,
    at: toChinaIso(reminder.at),
    method: reminder.method,
    by: reminder.by,
    note: clip(reminder.note, maxReminderNoteLength),
  }
}

/** A supervision with its changes (report-by day, progress notes, closing) folded in. */
function supervisionJson(record: SupervisionRecord, order: WorkOrder, ctx: KpiContext): EscalationJson {
  return escalationJson(escalationOf(order, record, ctx))
}

function eventTime(event: EventView): number {
  if (event.type === 'extension') return event.requestedAt
  if (event.type === 'suspension') return event.from
  return event.returnedAt
}

function eventJson(event: EventView): DeadlineEventJson {
  switch (event.type) {
    case 'extension':
      return {
        type: 'extension',
        id: event.id,
        requestedAt: toChinaIso(event.requestedAt),
        extraWorkingDays: event.extraWorkingDays,
        reason: clip(event.reason, maxSummaryLength),
        status: event.status === 'requested' ? 'pending' : event.status,
        decidedAt: iso(event.decidedAt),
        decidedBy: event.decidedBy,
      }
    case 'suspension':
      return {
        type: 'suspension',
        id: event.id,
        reason: event.reason,
        startedAt: toChinaIso(event.from),
        endedAt: iso(event.to),
        workingDays: event.workingDays,
      }
    case 'return':
      return {
        type: 'return',
        id: event.id,
        fromUnit: event.fromUnit,
        // The new unit is known once the centre has re-dispatched the ticket.
        toUnit: event.redispatchedAt === null ? null : event.toUnit,
        returnedAt: toChinaIso(event.returnedAt),
        returnDeadlineAt: toChinaIso(event.returnDeadlineAt),
        redispatchedAt: iso(event.redispatchedAt),
        reason: clip(event.reason, maxSummaryLength),
      }
  }
}

/** The detail: `view` must be the masked view of `order` at `ctx.now`. */
export function detailJson(order: WorkOrder, view: WorkOrderView, ctx: KpiContext): WorkOrderDetailJson {
  const events = [...view.events].sort((a, b) => eventTime(a) - eventTime(b))
  // The detail lists the reminders themselves.
  const { reminderCount: _reminderCount, ...summary } = summaryJson(order, ctx)
  return {
    asOf: toChinaIso(ctx.now),
    ...summary,
    stages: view.stages.map((s) => ({
      code: s.code,
      deadlineAt: iso(s.deadlineAt),
      completedAt: iso(s.completedAt),
      onTime: s.onTime,
    })),
    events: events.map(eventJson),
    reminders: view.reminders.map((r) => reminderJson(r, order.id)),
    supervisions: view.supervisions.map((s) => supervisionJson(s, order, ctx)),
    resolution: view.outcome,
    recoveredFen: view.recoveredFen,
    disputedFen: view.disputedFen,
    complaintToCase: view.caseNumber,
    satisfaction: view.satisfaction,
    contact: { masked: true, name: view.contact.name, phone: view.contact.phone },
  }
}
