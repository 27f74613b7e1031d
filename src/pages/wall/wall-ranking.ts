import { rankRows, type BreakdownRow } from '@/features/overview-breakdowns/model/rank-rows'
import { rateBand, type RateBand } from '@/features/overview-breakdowns/model/rate-band'

/**
 * The small-cell rule for a public room: a cell built from fewer than this many items is
 * not shown (a rate of 1 of 2 points at a person's case). The API already leaves such rows out
 * for the `wall` role; the wall applies the rule again (defence in depth).
 */
export const smallCellItems = 3

/** What a ranking row shows in place of its rate. */
export type WallRankCell =
  | {
      readonly kind: 'rate'
      readonly rate: number
      readonly numerator: number
      readonly denominator: number
      /** Against the target; `null` when the target is unknown. */
      readonly band: RateBand | null
    }
  /** Built from 1 or 2 items (or of unknown size): suppressed. */
  | { readonly kind: 'fewItems' }
  /** Nothing fell due: no rate, not comparable. */
  | { readonly kind: 'noneDue' }

export interface WallRankEntry {
  readonly key: string
  /** The place among the rows with a rate (1 = best); `null` for a row without one. */
  readonly position: number | null
  readonly cell: WallRankCell
}

export interface WallRanking {
  /** The best rows, or every row when all of them fit. */
  readonly top: readonly WallRankEntry[]
  /** The worst rows (worst last), when not every row fits; empty otherwise. */
  readonly bottom: readonly WallRankEntry[]
  /** Rows not listed: without a rate (too few items, nothing due) or left out by the API. */
  readonly leftOut: number
}

export interface WallRankingOptions {
  /** How many rows each end may show: all rows show when there are at most twice as many. */
  readonly limit: number
  /** The closure target (a fraction); `null` when unknown. */
  readonly target: number | null
  /** The yellow band below the target, in percentage points. */
  readonly marginPoints: number
  /** Rows the API left out (`suppressedRows`). */
  readonly suppressedRows?: number
}

function cellOf(row: BreakdownRow, target: number | null, marginPoints: number): WallRankCell {
  const { value, numerator, denominator } = row
  if (typeof value === 'number' && Number.isFinite(value)) {
    // A rate whose size is unknown is treated as a small one: it cannot be shown to be safe.
    if (typeof denominator !== 'number' || typeof numerator !== 'number' || denominator < smallCellItems)
      return { kind: 'fewItems' }
    const band = target === null ? null : rateBand(value, target, marginPoints)
    return { kind: 'rate', rate: value, numerator, denominator, band }
  }
  return (denominator ?? 0) === 0 ? { kind: 'noneDue' } : { kind: 'fewItems' }
}

/**
 * Rate rows (on-time closure by district or unit) for the wall: ranked in the API's order among
 * the rows that may be shown, banded against the target. When every row fits (at most twice
 * `limit`), all are listed, rows without a rate after the ranked ones with the reason; otherwise
 * the best and the worst `limit` ranked rows, and a count of the rest.
 */
export function wallRanking(rows: readonly BreakdownRow[], options: WallRankingOptions): WallRanking {
  const { limit, target, marginPoints, suppressedRows = 0 } = options
  // The Overview's order (src/features/overview-breakdowns/model/rank-rows.ts).
  const cells = rankRows(rows).map(({ row }) => ({ key: row.key, cell: cellOf(row, target, marginPoints) }))
  const rated = cells
    .filter((entry) => entry.cell.kind === 'rate')
    .map((entry, index): WallRankEntry => ({ ...entry, position: index + 1 }))
  const unrated = cells
    .filter((entry) => entry.cell.kind !== 'rate')
    // Too few items before nothing due: the first at least has figures, only hidden.
    .sort((a, b) => (a.cell.kind === b.cell.kind ? 0 : a.cell.kind === 'fewItems' ? -1 : 1))
    .map((entry): WallRankEntry => ({ ...entry, position: null }))

  if (cells.length <= 2 * limit) return { top: [...rated, ...unrated], bottom: [], leftOut: suppressedRows }
  const leftOut = unrated.length + suppressedRows
  if (rated.length <= 2 * limit) return { top: rated, bottom: [], leftOut }
  return { top: rated.slice(0, limit), bottom: rated.slice(-limit), leftOut }
}

/**
 * A count for the wall: the number, or `fewItems` when fewer than three items built it (or the
 * API left its row out, which it does for the same reason), or `undefined` without data.
 */
export function wallCount(
  rows: readonly BreakdownRow[] | undefined,
  key: string,
): number | 'fewItems' | undefined {
  if (rows === undefined) return undefined
  const value = rows.find((row) => row.key === key)?.value
  return typeof value === 'number' && value >= smallCellItems ? value : 'fewItems'
}
