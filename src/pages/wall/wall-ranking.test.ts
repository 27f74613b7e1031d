// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { BreakdownRow } from '@/features/overview-breakdowns/model/rank-rows'
import { wallCount, wallRanking } from './wall-ranking'

const rate = (key: string, rank: number, numerator: number, denominator: number): BreakdownRow => ({
  key,
  rank,
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
})

const options = { limit: 2, target: 0.95, marginPoints: 1 }
const keys = (entries: readonly { key: string }[]) => entries.map((entry) => entry.key)

describe('wallRanking', () => {
  it('lists every row when they fit, ranked by the API, banded against the target', () => {
    const rows = [rate('c', 3, 46, 50), rate('a', 1, 50, 50), rate('b', 2, 189, 200)]
    const ranking = wallRanking(rows, options)
    expect(ranking.bottom).toEqual([])
    expect(ranking.leftOut).toBe(0)
    expect(ranking.top).toEqual([
      {
        key: 'a',
        position: 1,
        cell: { kind: 'rate', rate: 1, numerator: 50, denominator: 50, band: 'onTarget' },
      },
      {
        key: 'b',
        position: 2,
        cell: { kind: 'rate', rate: 0.945, numerator: 189, denominator: 200, band: 'nearTarget' },
      },
      {
        key: 'c',
        position: 3,
        cell: { kind: 'rate', rate: 0.92, numerator: 46, denominator: 50, band: 'belowTarget' },
      },
    ])
  })

  it('puts exactly the margin below the target in yellow', () => {
    expect(wallRanking([rate('a', 1, 47, 50)], options).top[0]?.cell).toMatchObject({ band: 'nearTarget' })
  })

  it('suppresses a rate built from fewer than 3 items, and does not rank it', () => {
    const rows = [rate('small', 1, 2, 2), rate('big', 2, 90, 100), rate('one', 3, 0, 1)]
    const ranking = wallRanking(rows, options)
    expect(ranking.top.map((entry) => [entry.key, entry.position, entry.cell.kind])).toEqual([
      ['big', 1, 'rate'],
      ['small', null, 'fewItems'],
      ['one', null, 'fewItems'],
    ])
    // Nothing of the small rows' figures is kept.
    expect(JSON.stringify(ranking.top.slice(1))).not.toMatch(/numerator|rate"/)
  })

  it('treats a rate without its counts as too small to show', () => {
    const ranking = wallRanking([{ key: 'x', rank: 1, value: 1 }], options)
    expect(ranking.top[0]?.cell).toEqual({ kind: 'fewItems' })
  })

  it('says "nothing due" for a row without a rate', () => {
    const ranking = wallRanking([rate('none', 2, 0, 0), rate('ok', 1, 3, 3)], options)
    expect(ranking.top.map((entry) => entry.cell.kind)).toEqual(['rate', 'noneDue'])
  })

  it('shows the best and the worst when not every row fits, and counts the rest', () => {
    const rows = [
      rate('r1', 1, 100, 100),
      rate('r2', 2, 99, 100),
      rate('tiny', 3, 2, 2),
      rate('r3', 4, 98, 100),
      rate('r4', 5, 90, 100),
      rate('r5', 6, 80, 100),
    ]
    const ranking = wallRanking(rows, { ...options, suppressedRows: 2 })
    expect(keys(ranking.top)).toEqual(['r1', 'r2'])
    expect(keys(ranking.bottom)).toEqual(['r4', 'r5'])
    // Positions count ranked rows only: the suppressed one leaves no gap.
    expect(ranking.bottom.map((entry) => entry.position)).toEqual([4, 5])
    expect(ranking.leftOut).toBe(3)
  })

  it('lists the ranked rows alone when only the unranked ones do not fit', () => {
    const rows = [
      rate('a', 1, 9, 9),
      rate('b', 2, 8, 9),
      rate('c', 3, 1, 1),
      rate('d', 4, 0, 2),
      rate('e', 5, 0, 0),
    ]
    const ranking = wallRanking(rows, options)
    expect(keys(ranking.top)).toEqual(['a', 'b'])
    expect(ranking.bottom).toEqual([])
    expect(ranking.leftOut).toBe(3)
  })

  it('does not band without a target', () => {
    const ranking = wallRanking([rate('a', 1, 5, 10)], { ...options, target: null })
    expect(ranking.top[0]?.cell).toMatchObject({ kind: 'rate', band: null })
  })
})

describe('wallCount', () => {
  const rows: BreakdownRow[] = [
    { key: 'a', rank: 1, value: 12 },
    { key: 'b', rank: 2, value: 2 },
  ]

  it('gives counts of 3 and more, and hides smaller or missing ones', () => {
    expect(wallCount(rows, 'a')).toBe(12)
    expect(wallCount(rows, 'b')).toBe('fewItems')
    expect(wallCount(rows, 'gone')).toBe('fewItems')
    expect(wallCount(undefined, 'a')).toBeUndefined()
  })
})
