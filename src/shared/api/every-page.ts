/** One page of a cursor list, as every list of the API answers. */
export interface CursorPage<TItem> {
  asOf: string
  items: TItem[]
  nextCursor: string | null
  total: number
}

/** A whole list: every page's items, the first page's `asOf` and whether all pages came. */
export interface EveryPage<TItem> {
  asOf: string
  items: TItem[]
  total: number
  /** False when `maxPages` ran out first: a figure computed from `items` is then partial. */
  complete: boolean
}

/**
 * Reads a cursor list to its end, page after page (each cursor keeps the first page's `asOf`, so
 * the pages agree). For lists short enough to hold whole (supervisions, a queue), where the page
 * computes its own figures; `maxPages` keeps a runaway list from fetching forever.
 */
export async function fetchEveryPage<TItem>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<TItem>>,
  maxPages = 20,
): Promise<EveryPage<TItem>> {
  const first = await fetchPage(undefined)
  const items = [...first.items]
  let cursor = first.nextCursor
  for (let page = 1; cursor !== null && page < maxPages; page += 1) {
    const next = await fetchPage(cursor)
    items.push(...next.items)
    cursor = next.nextCursor
  }
  return { asOf: first.asOf, items, total: first.total, complete: cursor === null }
}
