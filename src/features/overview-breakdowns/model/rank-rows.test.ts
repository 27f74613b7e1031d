// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rankRows, rateExtremes, type BreakdownRow } from './rank-rows'
import { topCategories } from './top-categories'

const rate = (key: string, rank: number, numerator: number, denominator: number): BreakdownRow => ({
  key,
  rank,
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
})

describe('rankRows', () => {
  it('follows the API rank and puts rows without a value last, unranked', () => {
    const rows = [rate('c', 2, 8, 10), rate('z', 1, 0, 0), rate('a', 3, 1, 10), rate('b', 1, 9, 10)]
    expect(rankRows(rows).map(({ row, position }) => [row.key, position])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
      ['z', null],
    ])
  })

  it('keeps counts of zero ranked: zero is a value', () => {
    const rows: BreakdownRow[] = [
      { key: 'x', rank: 2, value: 0 },
      { key: 'y', rank: 1, value: 5 },
    ]
    expect(rankRows(rows).map(({ position }) => position)).toEqual([1, 2])
  })
})

describe('rateExtremes', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => rate(`u${String(i).padStart(2, '0')}`, 12 - i, i, 11))

  it('lists the five best (highest first) and five worst (lowest first)', () => {
    const { best, worst } = rateExtremes(twelve)
    expect(best.map((row) => row.key)).toEqual(['u11', 'u10', 'u09', 'u08', 'u07'])
    expect(worst.map((row) => row.key)).toEqual(['u00', 'u01', 'u02', 'u03', 'u04'])
  })

  it('leaves out rows with a denominator of 0', () => {
    const { best, worst } = rateExtremes([...twelve.slice(0, 3), rate('none', 1, 0, 0)])
    expect([...best, ...worst].map((row) => row.key)).not.toContain('none')
  })

  it('splits a short list so no row is both best and worst', () => {
    const { best, worst } = rateExtremes(twelve.slice(0, 3))
    expect(best.map((row) => row.key)).toEqual(['u02', 'u01'])
    expect(worst.map((row) => row.key)).toEqual(['u00'])
    expect(rateExtremes([])).toEqual({ best: [], worst: [] })
  })

  it('puts the row with more items due first on a tie', () => {
    const rows = [
      rate('small', 1, 9, 10),
      rate('large', 2, 90, 100),
      rate('low', 3, 1, 10),
      rate('lower', 4, 0, 10),
    ]
    const { best, worst } = rateExtremes(rows, 2)
    expect(best.map((row) => row.key)).toEqual(['large', 'small'])
    expect(worst.map((row) => row.key)).toEqual(['lower', 'low'])
  })
})

describe('topCategories', () => {
  it('lists up to eight categories with items, by rank', () => {
    const rows: BreakdownRow[] = Array.from({ length: 14 }, (_, i) => ({
      key: `c${i}`,
      rank: i + 1,
      value: 14 - i,
    }))
    expect(topCategories(rows).map((row) => row.key)).toEqual([
      'c0',
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
      'c7',
    ])
    const sparse: BreakdownRow[] = [
      { key: 'none', rank: 2, value: 0 },
      { key: 'some', rank: 1, value: 3 },
    ]
    expect(topCategories(sparse).map((row) => row.key)).toEqual(['some'])
  })
})
