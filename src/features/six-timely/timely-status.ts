import type { components } from '@/shared/api/schema.gen'

export type TimelyRate = components['schemas']['TimelyRate']

/**
 * Whether a rate falls short of its target. A missing rate (nothing fell due) is not "below":
 * there is nothing to judge, and the row says why instead.
 */
export function isBelowTarget(item: Pick<TimelyRate, 'rate' | 'target'>): boolean {
  return item.rate !== null && item.rate < item.target
}

/** Items that fell due and were not handled in time: what the drill-down link lists. */
export function missedCount(item: Pick<TimelyRate, 'numerator' | 'denominator'>): number {
  return Math.max(0, item.denominator - item.numerator)
}

/**
 * Where the panel's bars start: the 10 % step below the lowest rate and target shown, so that
 * rates of 99 % against a target of 99 % do not all read as full bars. One scale for all six,
 * stated in the panel, so bars compare across tiles and never pass off a zoom as the whole.
 */
export function barScaleStart(items: readonly Pick<TimelyRate, 'rate' | 'target'>[]): number {
  const values = items.flatMap((item) => (item.rate === null ? [item.target] : [item.rate, item.target]))
  const lowest = Math.min(1, ...values.filter((value) => Number.isFinite(value)))
  // Strictly below the lowest value (the epsilon absorbs 0.7 * 10 = 7.000000000000001), so
  // that no bar but a rate of 0 is empty.
  return Math.max(0, Math.floor((lowest - 1e-9) * 10) / 10)
}

/** A rate or target as a share of the bar's length (0 to 1) on a scale from `start` to 100 %. */
export function barShare(value: number | null, start = 0): number {
  if (value === null || !Number.isFinite(value) || start >= 1) return 0
  return Math.min(1, Math.max(0, (value - start) / (1 - start)))
}

/** Nothing fell due for any of the six rates: the panel says so rather than show six dashes. */
export function nothingFellDue(items: readonly Pick<TimelyRate, 'denominator'>[]): boolean {
  return items.every((item) => item.denominator === 0)
}
