import { addDays, isChinaDay } from '@/entities/period/china-days'
import { isWorkingDay, type WorkingCalendar } from './working-days'

/**
 * A report-by day a director picks (a supervision's deadline), judged in China days:
 * - `missing`/`invalid`: nothing, or not a calendar day;
 * - `past`: before today, which the API refuses;
 * - `holiday` / `weekend`: a rest day, allowed but worth a second look (the unit is off that day,
 *   so it is in effect the working day before), with the next working day to offer instead;
 * - `ok`: a working day from today on.
 */
export type ReportByDayCheck =
  { kind: 'missing' | 'invalid' | 'past' | 'ok' } | { kind: 'holiday' | 'weekend'; nextWorkingDay: string }

/** The longest run of rest days looked through (the longest Chinese holiday is 9 days). */
const maxRestRun = 31

export function checkReportByDay(day: string, today: string, calendar: WorkingCalendar): ReportByDayCheck {
  if (day === '') return { kind: 'missing' }
  if (!isChinaDay(day)) return { kind: 'invalid' }
  if (day < today) return { kind: 'past' }
  if (isWorkingDay(day, calendar)) return { kind: 'ok' }
  let next = addDays(day, 1)
  for (let i = 0; i < maxRestRun && !isWorkingDay(next, calendar); i += 1) next = addDays(next, 1)
  return { kind: calendar.holidays.has(day) ? 'holiday' : 'weekend', nextWorkingDay: next }
}
