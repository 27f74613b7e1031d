import type { BreakdownRow } from './rank-rows'

/** How many categories the overview lists. */
export const topCategoryCount = 8

/** The categories with the most items, highest first; categories without items are not "top". */
export function topCategories(rows: readonly BreakdownRow[], count = topCategoryCount): BreakdownRow[] {
  return rows
    .filter((row) => (row.value ?? 0) > 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
}
