import type { Escalation } from '@/entities/escalation/api/escalation-mutations'
import { endOfChinaDay } from './escalation-rows'

export interface SupervisionSummary {
  /** Open supervisions. */
  underSupervision: number
  /** Closed supervisions that had a report-by day: the denominator of `closedOnTime`. */
  closedWithDueDate: number
  /** Of those, closed by the end of their report-by day (China time). */
  closedOnTime: number
  /** Closed supervisions of any kind. */
  closed: number
  /** The median time from opening to closing, in ms; `null` when none closed. */
  medianToCloseMs: number | null
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/**
 * The escalations page's figures, from the API's supervisions: how many are open, how many of
 * the closed ones closed by their report-by day (only those with one can be judged), and the
 * median time to close. A supervision without a report-by day is counted as closed, not on time.
 */
export function supervisionSummary(
  open: readonly Escalation[],
  closed: readonly Escalation[],
): SupervisionSummary {
  const done = closed.filter((item) => item.closedAt !== null)
  const dated = done.filter((item) => item.dueDate !== null)
  const onTime = dated.filter(
    (item) => Date.parse(item.closedAt ?? '') <= Date.parse(endOfChinaDay(item.dueDate ?? '')),
  )
  return {
    underSupervision: open.length,
    closedWithDueDate: dated.length,
    closedOnTime: onTime.length,
    closed: done.length,
    medianToCloseMs: median(done.map((item) => Date.parse(item.closedAt ?? '') - Date.parse(item.openedAt))),
  }
}
