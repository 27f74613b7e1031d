import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { PathParams } from '@/shared/api/operation-params'
import { calendarYearSchema } from '@/shared/api/validators.gen'

export type CalendarYearNumber = PathParams<'getCalendarYear'>['year']

export const calendarQueryKeys = {
  all: ['calendar'] as const,
  year: (year: CalendarYearNumber) => [...calendarQueryKeys.all, year] as const,
}

/**
 * `GET /calendar/{year}`: holidays and make-up working days. A year's schedule changes about
 * once a year (an assumed year becomes official), so an hour without asking again is plenty.
 */
export function calendarYearQueryOptions(year: CalendarYearNumber) {
  return queryOptions({
    queryKey: calendarQueryKeys.year(year),
    queryFn: ({ signal }) => apiFetch(`/calendar/${year}`, { schema: calendarYearSchema, signal }),
    staleTime: 60 * 60_000,
  })
}
