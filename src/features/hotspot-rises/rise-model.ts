import type { components } from '@/shared/api/schema.gen'

export type Rises = components['schemas']['Rises']
export type RiseRow = components['schemas']['RiseRow']
export type RiseCell = components['schemas']['RiseCell']
export type RiseWeek = components['schemas']['RiseWeek']

/** The latest week's cell of a row (the one the ranking is by). */
export function latestCell(row: RiseRow): RiseCell | undefined {
  return row.cells.at(-1)
}

/** Nothing counted in any week of any row: said in words, not drawn as zeros. */
export function isEmptyRises(rises: Rises): boolean {
  return rises.rows.every((row) => row.cells.every((cell) => cell.count === 0))
}

/** The weeks as chart buckets (`start`..`end`). */
export function weekBuckets(rises: Pick<Rises, 'weeks'>): { start: string; end: string }[] {
  return rises.weeks.map((week) => ({ start: week.from, end: week.to }))
}
