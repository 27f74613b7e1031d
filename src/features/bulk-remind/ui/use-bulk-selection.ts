import { useCallback, useMemo, useState } from 'react'
import { maxBulkItems, mayBeReminded, toggleAll, toggleOne, type SelectionChange } from '../model/selection'

interface Scoped extends SelectionChange {
  /** The filters the choice was made under. */
  scope: string
}

const none: ReadonlySet<string> = new Set()

export interface BulkSelection {
  /** The chosen work-order ids, in the order chosen. */
  selected: ReadonlySet<string>
  /** The last choice left items out: the selection is full (`maxBulkItems`). */
  capped: boolean
  /** Which rows may be chosen: open ones. */
  canSelect: typeof mayBeReminded
  onToggle: (id: string) => void
  onToggleAll: (ids: readonly string[]) => void
  clear: () => void
  /** Takes items out (those reminded: a second run must not send them again). */
  remove: (ids: readonly string[]) => void
}

/**
 * The rows chosen in the list, by id, for as long as the list shows the same filters: another
 * filter is another set of items, and a choice made among the old ones would act unseen. The
 * scope is compared while drawing (no effect that clears a frame late).
 */
export function useBulkSelection(scope: string): BulkSelection {
  const [state, setState] = useState<Scoped>({ scope, ids: none, capped: false })
  const current = state.scope === scope ? state : { scope, ids: none, capped: false }

  // Stable while the scope is: every row gets `onToggle`, and the rows are memoized on it.
  const change = useCallback(
    (next: (ids: ReadonlySet<string>) => SelectionChange) =>
      setState((before) => ({ scope, ...next(before.scope === scope ? before.ids : none) })),
    [scope],
  )
  const onToggle = useCallback((id: string) => change((ids) => toggleOne(ids, id, maxBulkItems)), [change])
  const onToggleAll = useCallback(
    (loaded: readonly string[]) => change((ids) => toggleAll(ids, loaded, maxBulkItems)),
    [change],
  )
  const clear = useCallback(() => change(() => ({ ids: none, capped: false })), [change])
  const remove = useCallback(
    (gone: readonly string[]) =>
      change((ids) => {
        const drop = new Set(gone)
        return { ids: new Set([...ids].filter((id) => !drop.has(id))), capped: false }
      }),
    [change],
  )
  return useMemo(
    () => ({
      selected: current.ids,
      capped: current.capped,
      canSelect: mayBeReminded,
      onToggle,
      onToggleAll,
      clear,
      remove,
    }),
    [current.ids, current.capped, onToggle, onToggleAll, clear, remove],
  )
}
