/** At most this many items per bulk action: a run of a hundred requests takes a while already. */
export const maxBulkItems = 100

export interface SelectionChange {
  /** The chosen ids, in the order chosen. */
  ids: ReadonlySet<string>
  /** Some item was left out because the selection was full. */
  capped: boolean
}

/** A row's checkbox: chosen unless it was, or unless the selection is full. */
export function toggleOne(ids: ReadonlySet<string>, id: string, max = maxBulkItems): SelectionChange {
  if (ids.has(id)) {
    const next = new Set(ids)
    next.delete(id)
    return { ids: next, capped: false }
  }
  if (ids.size >= max) return { ids, capped: true }
  return { ids: new Set([...ids, id]), capped: false }
}

/**
 * The header's checkbox over the loaded rows: when all of them are chosen, or the selection is
 * full, it clears them; otherwise it chooses them, in list order, up to `max` (the rest are
 * left out and `capped` says so). A full selection clears, so that the click always does something.
 */
export function toggleAll(
  ids: ReadonlySet<string>,
  loaded: readonly string[],
  max = maxBulkItems,
): SelectionChange {
  const chosen = loaded.filter((id) => ids.has(id)).length
  if (chosen > 0 && (chosen === loaded.length || ids.size >= max)) {
    const drop = new Set(loaded)
    return { ids: new Set([...ids].filter((id) => !drop.has(id))), capped: false }
  }
  const next = new Set(ids)
  let capped = false
  for (const id of loaded) {
    if (next.has(id)) continue
    if (next.size >= max) {
      capped = true
      break
    }
    next.add(id)
  }
  return { ids: next, capped }
}

interface ListedItem {
  id: string
  closed: boolean
}

/**
 * Whether an item is offered for a reminder: only an open one (the API refuses a closed one as a
 * state conflict, and the drawer does not offer it either).
 */
export function mayBeReminded(item: ListedItem): boolean {
  return !item.closed
}

/**
 * The chosen items still in the list and still open, in list order: one gone from the list (or
 * closed since it was chosen) is not acted on unseen.
 */
export function chosenAmong(ids: ReadonlySet<string>, loaded: readonly ListedItem[]): string[] {
  return ids.size === 0
    ? []
    : loaded.filter((item) => ids.has(item.id) && mayBeReminded(item)).map(({ id }) => id)
}
