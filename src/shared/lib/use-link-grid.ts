import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react'

interface Place {
  link: HTMLAnchorElement
  row: number
  column: number
}

function placesIn(container: HTMLElement): Place[] {
  return [...container.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => ({
    link,
    row: link.closest('tr')?.rowIndex ?? 0,
    column: link.closest<HTMLTableCellElement>('th, td')?.cellIndex ?? 0,
  }))
}

/** The closest place to `from` in the first row after it (`step` 1) or before it (-1) that has any. */
function inNextRow(places: readonly Place[], from: Place, step: 1 | -1): Place | undefined {
  const rows = places.map((p) => p.row).filter((row) => (row - from.row) * step > 0)
  if (rows.length === 0) return undefined
  const row = step === 1 ? Math.min(...rows) : Math.max(...rows)
  return places
    .filter((p) => p.row === row)
    .reduce((best, p) => (Math.abs(p.column - from.column) < Math.abs(best.column - from.column) ? p : best))
}

function target(places: readonly Place[], from: Place, key: string): Place | undefined {
  const sameRow = places.filter((p) => p.row === from.row)
  const after = sameRow.filter((p) => p.column > from.column)
  const before = sameRow.filter((p) => p.column < from.column)
  switch (key) {
    case 'ArrowRight':
      return after[0]
    case 'ArrowLeft':
      return before.at(-1)
    case 'ArrowDown':
      return inNextRow(places, from, 1)
    case 'ArrowUp':
      return inNextRow(places, from, -1)
    case 'Home':
      return sameRow[0]
    case 'End':
      return sameRow.at(-1)
    default:
      return undefined
  }
}

/**
 * One tab stop for the links of a table, as for a grid: Tab enters at the link last focused (the
 * first one to begin with), the arrow keys move by row and column, Home and End to a row's ends.
 * A table of dozens of counts, each a link, would otherwise take dozens of Tabs to cross.
 */
export function useLinkGrid<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const current = useRef<string | null>(null)

  // Links come and go with the data: after every render exactly one is in the tab order.
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    const places = placesIn(container)
    const stop = places.find((p) => p.link.getAttribute('href') === current.current)?.link ?? places[0]?.link
    for (const { link } of places) link.tabIndex = link === stop ? 0 : -1
  })

  const onFocus = (event: FocusEvent<T>) => {
    const container = ref.current
    if (!container || !(event.target instanceof HTMLAnchorElement)) return
    current.current = event.target.getAttribute('href')
    for (const { link } of placesIn(container)) link.tabIndex = link === event.target ? 0 : -1
  }

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const container = ref.current
    if (!container || !(event.target instanceof HTMLAnchorElement)) return
    const places = placesIn(container)
    const from = places.find((p) => p.link === event.target)
    const to = from && target(places, from, event.key)
    if (!to) return
    event.preventDefault()
    to.link.focus()
  }

  return { ref, onFocus, onKeyDown }
}
