// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { durationParts } from './duration-parts'

describe('durationParts', () => {
  it('keeps the two largest units, floored', () => {
    expect(durationParts(59_999)).toEqual({ unit: 'minutes', minutes: 0 })
    expect(durationParts(61 * 60_000)).toEqual({ unit: 'hours', hours: 1, minutes: 1 })
    expect(durationParts((2 * 24 * 60 - 1) * 60_000)).toEqual({ unit: 'days', days: 1, hours: 23 })
    expect(durationParts(-5)).toEqual({ unit: 'minutes', minutes: 0 })
  })
})
