// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rankRows } from './breakdowns'
import { parseIsoInstant } from './china-time'
import { bucketsOf, comparisonAsOf, comparisonPeriod } from './periods'

describe('comparisonPeriod', () => {
  it('takes the period of equal length just before, or the same dates a year earlier', () => {
    expect(comparisonPeriod({ from: '2026-03-01', to: '2026-03-31' }, 'previous')).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    })
    expect(comparisonPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'yearAgo')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    })
    expect(comparisonPeriod({ from: '2024-02-01', to: '2024-02-29' }, 'yearAgo')).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    })
  })
})

describe('comparisonAsOf', () => {
  const at = (iso: string) => parseIsoInstant(iso)
  const asOfFor = (period: { from: string; to: string }, basis: 'previous' | 'yearAgo', iso: string) =>
    comparisonAsOf(period, comparisonPeriod(period, basis), at(iso))

  it('reads the comparison of a running period equally far in, in China time', () => {
    const today = { from: '2026-12-07', to: '2026-12-07' }
    // 06:31 in China is 22:31 UTC the day before: the China day decides, not the process's.
    expect(asOfFor(today, 'previous', '2026-12-07T06:31:36+08:00')).toBe(at('2026-12-06T06:31:36+08:00'))
    expect(asOfFor(today, 'yearAgo', '2026-12-07T06:31:36+08:00')).toBe(at('2025-12-07T06:31:36+08:00'))
    const month = { from: '2026-12-01', to: '2026-12-07' }
    expect(asOfFor(month, 'previous', '2026-12-07T23:59:59+08:00')).toBe(at('2026-11-30T23:59:59+08:00'))
    // Across the new year: Monday 28 December to 1 January against the five days before.
    const week = { from: '2026-12-28', to: '2027-01-01' }
    expect(asOfFor(week, 'previous', '2027-01-01T00:10:00+08:00')).toBe(at('2026-12-27T00:10:00+08:00'))
  })

  it('never reads past the end of the comparison period', () => {
    // February 2024 to date on the 29th: February 2023 has 28 days, all of them gone by.
    const february = { from: '2024-02-01', to: '2024-02-29' }
    expect(asOfFor(february, 'yearAgo', '2024-02-29T10:00:00+08:00')).toBe(at('2023-03-01T00:00:00+08:00'))
    // 29 February against 28 February: the same time of day.
    const leapDay = { from: '2024-02-29', to: '2024-02-29' }
    expect(asOfFor(leapDay, 'yearAgo', '2024-02-29T10:00:00+08:00')).toBe(at('2023-02-28T10:00:00+08:00'))
  })

  it("reads an ended period, or one not begun, at the answer's own instant", () => {
    const ended = { from: '2026-11-01', to: '2026-11-30' }
    expect(asOfFor(ended, 'previous', '2026-12-01T00:00:00+08:00')).toBe(at('2026-12-01T00:00:00+08:00'))
    expect(asOfFor(ended, 'yearAgo', '2026-12-07T06:31:36+08:00')).toBe(at('2026-12-07T06:31:36+08:00'))
    const later = { from: '2026-12-08', to: '2026-12-08' }
    expect(asOfFor(later, 'previous', '2026-12-07T06:31:36+08:00')).toBe(at('2026-12-07T06:31:36+08:00'))
  })
})

describe('bucketsOf', () => {
  it('clips ISO weeks (Monday to Sunday) and months to the period', () => {
    // 2026-11-25 is a Wednesday.
    expect(bucketsOf({ from: '2026-11-25', to: '2026-12-08' }, 'week')).toEqual([
      { from: '2026-11-25', to: '2026-11-29' },
      { from: '2026-11-30', to: '2026-12-06' },
      { from: '2026-12-07', to: '2026-12-08' },
    ])
    expect(bucketsOf({ from: '2026-12-15', to: '2027-02-03' }, 'month')).toEqual([
      { from: '2026-12-15', to: '2026-12-31' },
      { from: '2027-01-01', to: '2027-01-31' },
      { from: '2027-02-01', to: '2027-02-03' },
    ])
    expect(bucketsOf({ from: '2024-02-28', to: '2024-03-01' }, 'day')).toHaveLength(3)
  })
})

describe('rankRows', () => {
  const tally = (numerator: number, denominator: number, items = denominator) => ({
    numerator,
    denominator,
    items,
  })

  it('ranks rates high to low, ties by the larger denominator then code, null last', () => {
    const rows = rankRows(
      'closure',
      new Map([
        ['b', tally(9, 10)],
        ['a', tally(18, 20)],
        ['c', tally(0, 0)],
        ['d', tally(10, 10)],
      ]),
      null,
    ).rows
    expect(rows.map((r) => [r.key, r.rank])).toEqual([
      ['d', 1],
      ['a', 2],
      ['b', 3],
      ['c', 4],
    ])
    expect(rows[3]?.value).toBeNull()
  })

  it('adds change and changeRatio for counts, and leaves out small rows for the wall', () => {
    const current = new Map([
      ['x', tally(12, 0, 12)],
      ['y', tally(2, 0, 2)],
    ])
    const previous = new Map([
      ['x', tally(8, 0, 8)],
      ['y', tally(0, 0, 0)],
    ])
    expect(rankRows('received', current, previous).rows).toEqual([
      { key: 'x', rank: 1, value: 12, comparisonValue: 8, change: 4, changeRatio: 0.5 },
      { key: 'y', rank: 2, value: 2, comparisonValue: 0, change: 2, changeRatio: null },
    ])
    const wall = rankRows('received', current, null, 3)
    expect(wall.rows.map((r) => r.key)).toEqual(['x'])
    expect(wall.suppressedRows).toBe(1)
  })
})
