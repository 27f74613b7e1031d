/**
 * Where a rate stands against its target:
 * - `onTarget`: at or above the target (drawn blue);
 * - `nearTarget`: below it by at most the margin (yellow);
 * - `belowTarget`: below it by more than the margin (red).
 */
export type RateBand = 'onTarget' | 'nearTarget' | 'belowTarget'

// Rates and targets are fractions: 0.95 − 0.01 is 0.9399999999999999 in floating point, which
// would put a rate of exactly 94 % in red. Differences this small are not real differences.
const tolerance = 1e-9

/**
 * The band of `rate` against `target` (both fractions, 0.95 for 95 %), with `marginPoints`
 * percentage points (1 for 1 pp) of grace below the target. A rate that does not exist
 * (`null`: nothing to divide by) has no band: it is neither good nor bad.
 */
export function rateBand(
  rate: number | null | undefined,
  target: number,
  marginPoints: number,
): RateBand | null {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || !Number.isFinite(target)) return null
  const shortfall = target - rate
  if (shortfall <= tolerance) return 'onTarget'
  const margin = Math.max(0, marginPoints) / 100
  return shortfall <= margin + tolerance ? 'nearTarget' : 'belowTarget'
}
