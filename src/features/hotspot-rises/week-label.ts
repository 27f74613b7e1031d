import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay } from '@/shared/lib/format'

/** A week on an axis: its last day ("11月27日"); tables give both ends. */
export function weekAxisLabel(week: { to: string }, locale: Locale): string {
  return formatCalendarDay(week.to, locale, 'monthDay')
}

/** A week in a table or caption: "11月21日–11月27日". */
export function weekSpan(week: { from: string; to: string }, locale: Locale): string {
  return `${formatCalendarDay(week.from, locale, 'monthDay')}–${formatCalendarDay(week.to, locale, 'monthDay')}`
}
