import type { components } from '@/shared/api/schema.gen'
import type { ExtensionRequestState, ReturnedTicketState } from '../sim/approvals'
import { toChinaIso } from '../sim/china-time'
import type { EscalationState } from '../sim/escalations'

/**
 * The supervision (督办) and decision resources as the contract's JSON: timestamps as China ISO
 * (`+08:00`), days as `YYYY-MM-DD`, free text clipped to the contract's maxima.
 */
type Schemas = components['schemas']
export type EscalationJson = Schemas['Escalation']
export type ExtensionRequestJson = Schemas['ExtensionRequest']
export type ReturnedTicketJson = Schemas['ReturnedTicket']

const iso = (ms: number | null): string | null => (ms === null ? null : toChinaIso(ms))

function clip(text: string, max: number): string {
  const points = Array.from(text)
  return points.length <= max ? text : points.slice(0, max).join('')
}

/** PlainText (2,000) and the notes' 1,000, in code points. */
const maxReason = 2000
const maxNote = 1000

export function escalationJson(state: EscalationState): EscalationJson {
  const { record, order } = state
  return {
    id: record.id,
    workOrderId: order.id,
    unit: state.unit,
    reason: record.reason,
    level: record.level ?? 'general',
    status: state.status,
    openedAt: toChinaIso(record.openedAt),
    openedBy: record.by,
    openedById: record.byId ?? null,
    dueDate: state.dueDate,
    note: clip(record.note, maxNote),
    closedAt: iso(state.closedAt),
    closedBy: state.closedBy,
    progress: state.progress.map((p) => ({ at: toChinaIso(p.at), by: p.by, note: clip(p.note, maxNote) })),
  }
}

export function extensionRequestJson(state: ExtensionRequestState): ExtensionRequestJson {
  return {
    id: state.event.id,
    workOrderId: state.order.id,
    kind: state.kind,
    unit: state.unit,
    stage: state.stage,
    requestedAt: toChinaIso(state.event.requestedAt),
    extraWorkingDays: state.event.extraWorkingDays,
    reason: clip(state.event.reason, maxReason),
    status: state.status,
    deadlineAt: toChinaIso(state.deadlineAt),
    deadlineIfApproved: toChinaIso(state.deadlineIfApproved),
    decidedAt: iso(state.decidedAt),
    decidedBy: state.decidedBy,
    decisionNote: state.decisionNote === null ? null : clip(state.decisionNote, maxNote),
  }
}

export function returnedTicketJson(state: ReturnedTicketState): ReturnedTicketJson {
  return {
    id: state.event.id,
    workOrderId: state.order.id,
    kind: state.order.kind,
    fromUnit: state.event.fromUnit,
    returnedAt: toChinaIso(state.event.returnedAt),
    returnDeadlineAt: toChinaIso(state.event.returnDeadlineAt),
    onTime: state.onTime,
    reason: clip(state.event.reason, maxReason),
    status: state.status,
    toUnit: state.toUnit,
    decidedAt: iso(state.decidedAt),
    decidedBy: state.decidedBy,
    decisionNote: state.decisionNote === null ? null : clip(state.decisionNote, maxNote),
  }
}
