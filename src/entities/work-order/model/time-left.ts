import { workingDaysBetween, type WorkingCalendar } from '@/entities/calendar/model/working-days'
import { chinaDay } from '@/shared/lib/format'

/** The "yellow card": items due within this many working days stand out (domain.md). */
export const defaultWarningWorkingDays = 1

/**
 * How an item stands against its current deadline at a moment: overdue (with working days
 * since the deadline day, 0 when it passed today), inside the warning window, or on track (with
 * working days left, 0 when due today). The deadline day is the China day the deadline ends: a
 * deadline at 00:00 ends the day before.
 */
export type TimeLeft =
  | { state: 'closed' }
  | { state: 'noDeadline' }
  | { state: 'overdue' | 'warning' | 'onTrack'; workingDays: number; deadlineDay: string }

export interface DeadlineRow {
  closed: boolean
  dueAt: string | null
}

export function timeLeft(
  row: DeadlineRow,
  now: number,
  calendar: WorkingCalendar,
  warningWorkingDays = defaultWarningWorkingDays,
): TimeLeft {
  if (row.closed) return { state: 'closed' }
  if (row.dueAt === null) return { state: 'noDeadline' }
  const due = Date.parse(row.dueAt)
  const deadlineDay = chinaDay(due - 1)
  const today = chinaDay(now)
  if (now >= due) {
    return {
      state: 'overdue',
      workingDays: Math.max(0, workingDaysBetween(deadlineDay, today, calendar)),
      deadlineDay,
    }
  }
  const left = Math.max(0, workingDaysBetween(today, deadlineDay, calendar))
  return { state: left <= warningWorkingDays ? 'warning' : 'onTrack', workingDays: left, deadlineDay }
}
