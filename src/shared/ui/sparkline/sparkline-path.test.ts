// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sparklinePath } from './sparkline-path'

describe('sparklinePath', () => {
  it('spreads the values over the width, the largest at the top', () => {
    expect(sparklinePath([0, 5, 10], 100, 20)).toBe('M0 20L50 10L100 0')
  })

  it('breaks the line at a missing value instead of drawing a zero', () => {
    expect(sparklinePath([1, null, 3], 100, 20)).toBe('M0 20M100 0')
  })

  it('draws a flat series in the middle and nothing without values', () => {
    expect(sparklinePath([4, 4], 100, 20)).toBe('M0 10L100 10')
    expect(sparklinePath([null, null], 100, 20)).toBe('')
    expect(sparklinePath([], 100, 20)).toBe('')
  })
})
