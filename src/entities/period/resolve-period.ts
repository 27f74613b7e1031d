import {
  daysInRange,
  endOfMonth,
  isChinaDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from './china-days'
import type { PeriodChoice } from './period-presets'

/** A range of China days, both ends included, as the API's `from` and `to`. */
export interface DayRange {
  readonly from: string
  readonly to: string
}

/** The longest range the API accepts (three years; `period-over-span` beyond). */
export const maxRangeDays = 1096

export type CustomRangeProblem = 'missing' | 'invalid' | 'reversed' | 'future' | 'tooLong'

/** Why a custom range cannot be used, or null when it can. */
export function customRangeProblem(
  from: string | undefined,
  to: string | undefined,
  today: string,
): CustomRangeProblem | null {
  if (!from || !to) return 'missing'
  if (!isChinaDay(from) || !isChinaDay(to)) return 'invalid'
  if (from > to) return 'reversed'
  if (to > today) return 'future'
  if (daysInRange(from, to) > maxRangeDays) return 'tooLong'
  return null
}

/**
 * The days a period covers, up to today (China time): figures for days that have not come yet
 * would only be zeros. "This week" is Monday to today; January–February is the current year's,
 * up to today while it runs. A custom range that cannot be used is today.
 */
export function resolvePeriod(
  choice: PeriodChoice,
  today: string,
  custom: { from?: string | undefined; to?: string | undefined } = {},
): DayRange {
  switch (choice) {
    case 'today':
      return { from: today, to: today }
    case 'week':
      return { from: startOfWeek(today), to: today }
    case 'month':
      return { from: startOfMonth(today), to: today }
    case 'quarter':
      return { from: startOfQuarter(today), to: today }
    case 'year':
      return { from: startOfYear(today), to: today }
    case 'janFeb': {
      const end = endOfMonth(`${today.slice(0, 4)}-02-01`)
      return { from: startOfYear(today), to: today < end ? today : end }
    }
    case 'custom': {
      const { from, to } = custom
      return from !== undefined && to !== undefined && customRangeProblem(from, to, today) === null
        ? { from, to }
        : { from: today, to: today }
    }
  }
}
