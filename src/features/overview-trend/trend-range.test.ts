// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { trendRange } from './trend-range'

describe('trendRange', () => {
  it('shows the last 14 days by day for a one-day period, ending on that day', () => {
    expect(trendRange({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-02-16',
      to: '2026-03-01',
      interval: 'day',
      recentDays: 14,
    })
  })

  it('crosses a year boundary for the 14 days when it has to', () => {
    expect(trendRange({ from: '2027-01-05', to: '2027-01-05' })).toMatchObject({
      from: '2026-12-23',
      to: '2027-01-05',
    })
  })

  it('draws a day per bucket from 2 up to 62 days, keeping the period', () => {
    expect(trendRange({ from: '2026-03-01', to: '2026-03-02' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
      interval: 'day',
      recentDays: null,
    })
    // 62 days: 1 March to 1 May.
    expect(trendRange({ from: '2026-03-01', to: '2026-05-01' }).interval).toBe('day')
  })

  it('switches to ISO weeks from 63 days up to 366 days (a leap year)', () => {
    expect(trendRange({ from: '2026-03-01', to: '2026-05-02' }).interval).toBe('week')
    expect(trendRange({ from: '2028-01-01', to: '2028-12-31' }).interval).toBe('week')
  })

  it('switches to months beyond 366 days', () => {
    expect(trendRange({ from: '2026-01-01', to: '2027-01-02' })).toEqual({
      from: '2026-01-01',
      to: '2027-01-02',
      interval: 'month',
      recentDays: null,
    })
  })

  it('never asks the API for a daily series longer than it allows (366 days)', () => {
    for (let length = 1; length <= 400; length += 1) {
      const to = new Date(Date.UTC(2026, 0, length)).toISOString().slice(0, 10)
      const range = trendRange({ from: '2026-01-01', to })
      if (range.interval === 'day') {
        const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1
        expect(days).toBeLessThanOrEqual(62)
      }
    }
  })
})
