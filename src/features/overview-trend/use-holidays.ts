import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import type { TrendRange } from './trend-range'

export interface HolidayState {
  /** The official holidays of the range's years; empty until they are known. */
  readonly days: ReadonlySet<string>
  /** Some year's calendar could not be read: its holidays are not marked. */
  readonly failed: boolean
  /** Years in the range without a published schedule (served with no holidays). */
  readonly assumedYears: readonly number[]
}

/** Calendar years 2004..2100 exist in the API; the trend never reaches outside them. */
function yearsOf(range: TrendRange): number[] {
  const first = Number(range.from.slice(0, 4))
  const last = Number(range.to.slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * The holidays to shade, for day and week buckets. Months are not shaded (nearly every month
 * would hold one, so a band there says nothing), and their calendars are not fetched. The
 * calendar is a caveat on the figures, not a figure: while it loads or when it fails the chart
 * is drawn without shading (and the panel says so on failure).
 */
export function useHolidays(range: TrendRange): HolidayState {
  const years = range.interval === 'month' ? [] : yearsOf(range)
  const results = useQueries({ queries: years.map((year) => calendarYearQueryOptions(year)) })
  const failed = results.some((result) => result.isError && result.data === undefined)
  const assumedYears = results.flatMap((result) => (result.data?.assumed ? [result.data.year] : []))
  const key = results.flatMap((result) => result.data?.holidays ?? []).join(',')
  const days = useMemo(() => new Set(key === '' ? [] : key.split(',')), [key])
  const assumedKey = assumedYears.join(',')
  // Stable identities, so a memoised chart option is not rebuilt on every render.
  return useMemo(
    () => ({ days, failed, assumedYears: assumedKey === '' ? [] : assumedKey.split(',').map(Number) }),
    [days, failed, assumedKey],
  )
}
