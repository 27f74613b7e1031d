import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay } from '@/shared/lib/format'
import type { TrendRow } from './trend-model'
import type { TrendInterval } from './trend-range'

/** A month as words, e.g. "2026年10月" (from the translations: format.ts has no month style). */
export type MonthLabel = (year: number, month: number) => string

/**
 * The x-axis labels: the bucket's first day ("10月1日"; a week is named by its first day, clipped
 * to the period), or its month. The labels are the categories of the axis, so they must be
 * unique: when a month-and-day repeats (a range of more than a year), the year is added.
 */
export function bucketLabels(
  rows: readonly Pick<TrendRow, 'start'>[],
  interval: TrendInterval,
  locale: Locale,
  monthLabel: MonthLabel,
): string[] {
  if (interval === 'month') {
    return rows.map((row) => monthLabel(Number(row.start.slice(0, 4)), Number(row.start.slice(5, 7))))
  }
  const short = rows.map((row) => formatCalendarDay(row.start, locale, 'monthDay'))
  if (new Set(short).size === short.length) return short
  return rows.map((row) => formatCalendarDay(row.start, locale, 'date'))
}

/** The bucket's exact days for the text alternative: "2026年10月1日 – 2026年10月7日". */
export function bucketDays(row: Pick<TrendRow, 'start' | 'end'>, locale: Locale): string {
  const start = formatCalendarDay(row.start, locale, 'date')
  return row.start === row.end ? start : `${start} – ${formatCalendarDay(row.end, locale, 'date')}`
}
