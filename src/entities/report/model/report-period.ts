import type { ReportPeriodCode, ReportType } from '../api/report-queries'

/**
 * Report periods as the API writes them (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`), counted on China
 * calendar days: the caller passes today's China day (never the browser's date).
 */

export const reportTypes = ['daily', 'monthly', 'quarterly'] as const satisfies readonly ReportType[]

const pad2 = (n: number) => String(n).padStart(2, '0')

const periodForms: Record<ReportType, RegExp> = {
  daily: /^(\d{4})-(\d{2})-(\d{2})$/,
  monthly: /^(\d{4})-(\d{2})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
}

/** Whether `period` is a real period of `type` (no 2026-13, no 2026-02-30). */
export function isReportPeriod(type: ReportType, period: string): boolean {
  const match = periodForms[type].exec(period)
  if (!match) return false
  const [year, second, third] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (type === 'quarterly') return true
  if (second < 1 || second > 12) return false
  if (type === 'monthly') return true
  const date = new Date(Date.UTC(year, second - 1, third))
  return date.getUTCMonth() === second - 1 && date.getUTCDate() === third
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The period `steps` periods after (`steps` < 0: before) `period`. */
export function shiftReportPeriod(
  type: ReportType,
  period: ReportPeriodCode,
  steps: number,
): ReportPeriodCode {
  if (type === 'daily') return dayOf(Date.parse(`${period}T00:00:00Z`) + steps * 86_400_000)
  const year = Number(period.slice(0, 4))
  if (type === 'monthly') {
    const index = year * 12 + Number(period.slice(5, 7)) - 1 + steps
    return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`
  }
  const index = year * 4 + Number(period.slice(6)) - 1 + steps
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** The period of `type` that contains the China day `day` ('YYYY-MM-DD'). */
export function reportPeriodContaining(type: ReportType, day: string): ReportPeriodCode {
  if (type === 'daily') return day
  if (type === 'monthly') return day.slice(0, 7)
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`
}

/** The last period wholly over on `today` (a China day): yesterday, last month, last quarter. */
export function lastCompletePeriod(type: ReportType, today: string): ReportPeriodCode {
  return shiftReportPeriod(type, reportPeriodContaining(type, today), -1)
}

/** The first and last China day of a period. */
export function reportPeriodDays(type: ReportType, period: ReportPeriodCode): { from: string; to: string } {
  if (type === 'daily') return { from: period, to: period }
  const from =
    type === 'monthly'
      ? `${period}-01`
      : `${period.slice(0, 4)}-${pad2((Number(period.slice(6)) - 1) * 3 + 1)}-01`
  const next = shiftReportPeriod(type, period, 1)
  const nextFrom =
    type === 'monthly' ? `${next}-01` : `${next.slice(0, 4)}-${pad2((Number(next.slice(6)) - 1) * 3 + 1)}-01`
  return { from, to: dayOf(Date.parse(`${nextFrom}T00:00:00Z`) - 86_400_000) }
}
