import type { WorkingCalendar } from '@/entities/calendar/model/working-days'
import type { Escalation } from '@/entities/escalation/api/escalation-mutations'
import { addDays, startOfWeek } from '@/entities/period/china-days'
import { timeLeft, type TimeLeft } from '@/entities/work-order/model/time-left'
import type { components } from '@/shared/api/schema.gen'
import { chinaDay } from '@/shared/lib/format'

type WorkOrderSummary = components['schemas']['WorkOrderSummary']

/** How pressing a supervision is, by its deadline against today (China days). */
export const urgencies = ['overdue', 'dueToday', 'thisWeek', 'later'] as const
export type Urgency = (typeof urgencies)[number]

export interface EscalationRow {
  escalation: Escalation
  /** The supervised item as the work-order list has it; `undefined` when the list lacks it. */
  order: WorkOrderSummary | undefined
  /**
   * The deadline that presses: the supervision's report-by day (24:00 China time) when the
   * director set one, else the item's own current deadline.
   */
  deadlineAt: string | null
  deadlineSource: 'supervision' | 'workOrder' | null
  left: TimeLeft
  urgency: Urgency
  /** The latest thing done under the supervision: a progress note, or its opening. */
  lastAction: { at: string; by: string; note: string | null }
}

/** The end of a China day: 00:00 China time of the next day (the contract's day-based deadline). */
export function endOfChinaDay(day: string): string {
  return `${addDays(day, 1)}T00:00:00+08:00`
}

function urgencyOf(left: TimeLeft, today: string): Urgency {
  if (left.state === 'overdue') return 'overdue'
  if (left.state !== 'warning' && left.state !== 'onTrack') return 'later'
  if (left.deadlineDay === today) return 'dueToday'
  // This week: up to its Sunday (China's weeks run Monday to Sunday).
  return left.deadlineDay <= addDays(startOfWeek(today), 6) ? 'thisWeek' : 'later'
}

/**
 * The open supervisions as rows, grouped by urgency, each group most urgent first (earliest
 * deadline; those without any deadline last, newest opening first as the API sends them).
 */
export function escalationRows(
  escalations: readonly Escalation[],
  orders: readonly WorkOrderSummary[],
  now: number,
  calendar: WorkingCalendar,
): Record<Urgency, EscalationRow[]> {
  const byId = new Map(orders.map((order) => [order.id, order]))
  const today = chinaDay(now)
  const groups: Record<Urgency, EscalationRow[]> = { overdue: [], dueToday: [], thisWeek: [], later: [] }
  for (const escalation of escalations) {
    const order = byId.get(escalation.workOrderId)
    const own = escalation.dueDate === null ? null : endOfChinaDay(escalation.dueDate)
    const deadlineAt = own ?? order?.dueAt ?? null
    const left = timeLeft({ closed: false, dueAt: deadlineAt }, now, calendar)
    const last = escalation.progress.at(-1)
    groups[urgencyOf(left, today)].push({
      escalation,
      order,
      deadlineAt,
      deadlineSource: own !== null ? 'supervision' : deadlineAt !== null ? 'workOrder' : null,
      left,
      urgency: urgencyOf(left, today),
      lastAction: last
        ? { at: last.at, by: last.by, note: last.note }
        : { at: escalation.openedAt, by: escalation.openedBy, note: null },
    })
  }
  const byDeadline = (a: EscalationRow, b: EscalationRow) =>
    a.deadlineAt === null || b.deadlineAt === null
      ? Number(a.deadlineAt === null) - Number(b.deadlineAt === null)
      : Date.parse(a.deadlineAt) - Date.parse(b.deadlineAt)
  for (const urgency of urgencies) groups[urgency].sort(byDeadline)
  return groups
}
