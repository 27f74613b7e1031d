// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rateBand } from './rate-band'

describe('rateBand', () => {
  it('is on target at or above the target, exactly at it included', () => {
    expect(rateBand(0.95, 0.95, 1)).toBe('onTarget')
    expect(rateBand(0.9501, 0.95, 1)).toBe('onTarget')
    expect(rateBand(1, 0.95, 1)).toBe('onTarget')
  })

  it('is near target from just below it down to exactly target minus the margin', () => {
    expect(rateBand(0.9499, 0.95, 1)).toBe('nearTarget')
    // 0.95 − 0.01 is 0.9399999999999999 in floating point: still the boundary.
    expect(rateBand(0.94, 0.95, 1)).toBe('nearTarget')
    expect(rateBand(0.93, 0.95, 2)).toBe('nearTarget')
    expect(rateBand(0.925, 0.95, 2.5)).toBe('nearTarget')
  })

  it('is below target beyond the margin', () => {
    expect(rateBand(0.9399, 0.95, 1)).toBe('belowTarget')
    expect(rateBand(0.5, 0.95, 1)).toBe('belowTarget')
    expect(rateBand(0, 0.95, 5)).toBe('belowTarget')
  })

  it('has no yellow band with a margin of 0: below target is below target', () => {
    expect(rateBand(0.95, 0.95, 0)).toBe('onTarget')
    expect(rateBand(0.9499, 0.95, 0)).toBe('belowTarget')
  })

  it('gives no band to a rate that does not exist', () => {
    expect(rateBand(null, 0.95, 1)).toBeNull()
    expect(rateBand(undefined, 0.95, 1)).toBeNull()
    expect(rateBand(Number.NaN, 0.95, 1)).toBeNull()
  })
})
