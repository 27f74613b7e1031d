/** Periods of China days: comparison periods and time-series buckets. */
import { addDays, dayFromEpochDay, epochDayOf, startOfChinaDay, weekdayOf, type ChinaDay } from './china-time'

export interface Period {
  readonly from: ChinaDay
  readonly to: ChinaDay
}

export type CompareBasis = 'previous' | 'yearAgo'
export type Interval = 'day' | 'week' | 'month'

/** The same date one year earlier; 29 February maps to 28 February (the contract's rule). */
function yearEarlier(day: ChinaDay): ChinaDay {
  const year = Number(day.slice(0, 4)) - 1
  const monthDay = day.slice(5) === '02-29' ? '02-28' : day.slice(5)
  return `${String(year).padStart(4, '0')}-${monthDay}`
}

/** `previous`: the period of equal length just before; `yearAgo`: the same dates a year earlier. */
export function comparisonPeriod(period: Period, basis: CompareBasis): Period {
  if (basis === 'yearAgo') return { from: yearEarlier(period.from), to: yearEarlier(period.to) }
  const length = epochDayOf(period.to) - epochDayOf(period.from) + 1
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) }
}

/**
 * The instant the `comparison` period is read at, for an answer about `period` at `asOf`. A
 * period still running at `asOf` is compared with the comparison period as it stood equally far
 * in (never past its end): today until 09:30 with yesterday until 09:30. Read whole, yesterday
 * made every morning's intake look like a fall of 95 %. A period over at `asOf` (or not begun)
 * is compared as things stand at `asOf`.
 */
export function comparisonAsOf(period: Period, comparison: Period, asOf: number): number {
  const start = startOfChinaDay(period.from)
  if (asOf < start || asOf >= startOfChinaDay(addDays(period.to, 1))) return asOf
  const comparisonStart = startOfChinaDay(comparison.from)
  return Math.min(comparisonStart + (asOf - start), startOfChinaDay(addDays(comparison.to, 1)))
}

/** The buckets of `period`: days, ISO weeks (Monday to Sunday) or months, clipped at both ends. */
export function bucketsOf(period: Period, interval: Interval): Period[] {
  const first = epochDayOf(period.from)
  const last = epochDayOf(period.to)
  const buckets: Period[] = []
  let start = first
  while (start <= last) {
    const day = dayFromEpochDay(start)
    let end: number
    if (interval === 'day') end = start
    else if (interval === 'week')
      end = start + ((7 - weekdayOf(day)) % 7) // to Sunday
    else {
      const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))]
      const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
      end = epochDayOf(next) - 1
    }
    end = Math.min(end, last)
    buckets.push({ from: day, to: dayFromEpochDay(end) })
    start = end + 1
  }
  return buckets
}
