import type { components } from '@/shared/api/schema.gen'

export type BreakdownRow = components['schemas']['BreakdownRow']

export interface RankedRow {
  readonly row: BreakdownRow
  /** 1 for the highest value; `null` for a row without a value (a rate with nothing to divide by). */
  readonly position: number | null
}

const byKey = (a: BreakdownRow, b: BreakdownRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * The rows in the API's rank order (highest value first; for rates, ties by the larger
 * denominator, then by code), with rows that have no value after all others, unranked: a unit
 * with nothing due is not "last", it is not comparable.
 */
export function rankRows(rows: readonly BreakdownRow[]): RankedRow[] {
  const valued = rows.filter((row) => row.value !== null).sort((a, b) => a.rank - b.rank || byKey(a, b))
  const unvalued = rows.filter((row) => row.value === null).sort(byKey)
  return [
    ...valued.map((row, index) => ({ row, position: index + 1 })),
    ...unvalued.map((row) => ({ row, position: null })),
  ]
}

/** A rate row that can be compared: it has a rate and a denominator above 0. */
function isComparableRate(row: BreakdownRow): row is BreakdownRow & { value: number } {
  return row.value !== null && Number.isFinite(row.value) && (row.denominator ?? 0) > 0
}

export interface RateExtremes {
  /** Highest rate first. */
  readonly best: BreakdownRow[]
  /** Lowest rate first. */
  readonly worst: BreakdownRow[]
}

/**
 * The `count` best and `count` worst rows by rate, rows without a denominator left out. On a
 * tie, the row with more items due comes first in both lists: a high rate over many items is
 * the stronger result, a low one the larger problem. With fewer than twice `count` rows
 * (a district filter leaves a few units), the rows are split between the lists, so that no
 * row is called both best and worst.
 */
export function rateExtremes(rows: readonly BreakdownRow[], count = 5): RateExtremes {
  const comparable = rows.filter(isComparableRate)
  const bigger = (a: BreakdownRow, b: BreakdownRow) => (b.denominator ?? 0) - (a.denominator ?? 0)
  const best = [...comparable]
    .sort((a, b) => b.value - a.value || bigger(a, b) || byKey(a, b))
    .slice(0, Math.min(count, Math.ceil(comparable.length / 2)))
  const worst = [...comparable]
    .sort((a, b) => a.value - b.value || bigger(a, b) || byKey(a, b))
    .filter((row) => !best.includes(row))
    .slice(0, Math.min(count, comparable.length - best.length))
  return { best, worst }
}
