import { addDays } from '@/entities/period/china-days'
import type { components } from '@/shared/api/schema.gen'

type CalendarYear = components['schemas']['CalendarYear']

/**
 * The official calendar as lookups: which China days are holidays and which weekend days are
 * make-up working days (调休). Years it was not given count Monday to Friday, as the API's
 * assumed calendars do.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>
  makeUpWorkdays: ReadonlySet<string>
}

export function workingCalendar(years: readonly CalendarYear[]): WorkingCalendar {
  return {
    holidays: new Set(years.flatMap((year) => year.holidays)),
    makeUpWorkdays: new Set(years.flatMap((year) => year.makeUpWorkdays)),
  }
}

/** A China day (YYYY-MM-DD) is a working day: a weekday not in a holiday, or a make-up day. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true
  if (calendar.holidays.has(day)) return false
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The longest span counted day by day: a deadline a year away says so without counting. */
const maxCountedDays = 400

/**
 * Working days after `from` up to and including `to` (China days): 0 for the same day, 1 when
 * `to` is the next working day. When `to` comes first, the same count, negative. Spans beyond
 * about a year are cut there.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar)
  let count = 0
  let day = from
  for (let i = 0; i < maxCountedDays && day !== to; i += 1) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar)) count += 1
  }
  return count
}
