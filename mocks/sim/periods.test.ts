// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rankRows } from './breakdowns'
import { bucketsOf, comparisonPeriod } from './periods'

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
