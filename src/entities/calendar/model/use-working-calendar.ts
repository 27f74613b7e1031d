import { useQueries } from '@tanstack/react-query'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { workingCalendar, type WorkingCalendar } from '@/entities/calendar/model/working-days'
import type { components } from '@/shared/api/schema.gen'
import { chinaDay } from '@/shared/lib/format'

type CalendarYear = components['schemas']['CalendarYear']

/**
 * The official calendar of the years today's deadlines can fall in, and last year (an item
 * overdue since December counts across New Year): the queries the shell's notice uses, so
 * usually cached. Until they answer, Monday to Friday, which is off only around a holiday and
 * corrects itself when the calendar arrives.
 */
// At module level: a new function each render would rebuild the calendar each render.
const combineYears = (results: readonly { data?: CalendarYear | undefined }[]) =>
  workingCalendar(results.flatMap((result) => (result.data ? [result.data] : [])))

export function useWorkingCalendar(now: number): WorkingCalendar {
  const today = chinaDay(now)
  const years = [Number(today.slice(0, 4)) - 1, ...yearsDeadlinesReach(today)]
  return useQueries({
    queries: years.map((year) => calendarYearQueryOptions(year)),
    combine: combineYears,
  })
}
