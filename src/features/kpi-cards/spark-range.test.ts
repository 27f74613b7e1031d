// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sparkRange } from './spark-range'

describe('sparkRange', () => {
  it('widens a short period to the 14 days up to its end', () => {
    expect(sparkRange({ from: '2026-12-05', to: '2026-12-05' })).toEqual({
      from: '2026-11-22',
      to: '2026-12-05',
      interval: 'day',
      widened: true,
    })
  })

  it('draws longer periods by day, week or month', () => {
    expect(sparkRange({ from: '2026-12-01', to: '2026-12-07' }).interval).toBe('day')
    expect(sparkRange({ from: '2026-10-01', to: '2026-12-01' }).interval).toBe('day')
    expect(sparkRange({ from: '2026-01-01', to: '2026-12-05' }).interval).toBe('week')
    expect(sparkRange({ from: '2024-01-01', to: '2026-12-05' }).interval).toBe('month')
  })
})
