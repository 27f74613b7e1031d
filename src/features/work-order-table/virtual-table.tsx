import { useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import type { TableDensity } from '@/shared/preferences/preferences-schema'
import { observeBoxAfterLayout } from './observe-box-after-layout'
import { scrollBoxAfterMount } from './scroll-box-after-mount'
import type { TableSelection } from './row-selection'
import { tableFeaturesUsed, type WorkOrderColumns, type WorkOrderSummary } from './work-order-columns'
import { WorkOrderRow } from './work-order-row'
import styles from './work-order-table.module.css'

/**
 * Row heights the virtualizer starts from, before it measures the real rows: the usual ones (a
 * cell of two lines), measured at both densities (2026-12-06). Close estimates keep the
 * measurement from moving the rows and the scroll bar.
 */
const estimatedRowHeight = { comfortable: 56, compact: 48 } as const
/** Rows kept rendered beyond the visible ones, each way: enough for a fast flick. */
const overscan = 10
/**
 * The same before the table's first frame: the rows in view paint first, and the rows for a
 * flick follow in a render of their own. Drawing them all at once made the commit that drew the
 * page one long task (a row holds some thirty elements).
 */
const firstFrameOverscan = 1
/** How close to the last loaded row the next page is asked for. */
const loadAheadRows = 30

/**
 * The box's size before it is measured: the window's, as far as the box's CSS lets it grow
 * (`max-height: min(70vh, 48rem)`, at the default 16 px rem). An estimate is enough: the box is
 * measured once the frame is laid out (`observeBoxAfterLayout`). The virtualizer's default of
 * 0 × 0 drew only the overscan rows first, and the measurement then drew the table again.
 */
const expectedScrollerRect = () => ({
  width: window.innerWidth,
  height: Math.min(window.innerHeight * 0.7, 48 * 16),
})

interface VirtualTableProps {
  /** The caption and head: drawn by the caller, so a scroll does not draw them again. */
  caption: ReactNode
  head: ReactNode
  captionId: string
  hintId: string
  /** Every match, of which `rows` are the pages loaded so far. */
  total: number
  rows: readonly WorkOrderSummary[]
  columns: WorkOrderColumns
  columnVisibility: Record<string, boolean>
  /** Changes when what the cells show changes (see `WorkOrderRow`). */
  rowsVersion: object
  density: TableDensity
  hasMore: boolean
  isLoadingMore: boolean
  loadMore: () => void
  /** Enter on a row. */
  onOpen: (id: string) => void
  /** Rows chosen for a bulk action (a checkbox first in each row, Space toggles); none without. */
  selection: TableSelection | undefined
}

/**
 * The table in its scrolling box, with a virtual body: the rows in view (and a few beyond)
 * between two spacers, the next page asked for before the reader reaches the end, and the
 * keyboard (Tab reaches the current row, arrows move it, Home/End jump, Enter opens it). A
 * component of its own because it draws again with every scroll: the caption, head and settings
 * come drawn from the caller and are not drawn again.
 */
export function VirtualTable({
  caption,
  head,
  captionId,
  hintId,
  total,
  rows,
  columns,
  columnVisibility,
  rowsVersion,
  density,
  hasMore,
  isLoadingMore,
  loadMore,
  onOpen,
  selection,
}: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true))
    return () => cancelAnimationFrame(frame)
  }, [])
  // The virtualizer is mutable by design (its methods read live scroll state): this component
  // re-renders with every scroll anyway, so the compiler's memoization has nothing to save here.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight[density],
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: painted ? overscan : firstFrameOverscan,
    initialRect: expectedScrollerRect(),
    observeElementRect: observeBoxAfterLayout,
    scrollToFn: scrollBoxAfterMount,
    // Scroll updates batched by React instead of a synchronous render per scroll event.
    useFlushSync: false,
  })
  // A row is measured at the next frame, not as it mounts: measuring forces the page's layout, and
  // in the commit that drew the table that made one long task of drawing and layout, where at the
  // frame the browser lays the page out for painting anyway. `null` (a row gone) still goes at
  // once: it lets the virtualizer stop observing rows no longer in the page.
  const measure = useCallback(
    (row: HTMLTableRowElement | null) => {
      if (row === null) virtualizer.measureElement(null)
      else
        requestAnimationFrame(() => {
          if (row.isConnected) virtualizer.measureElement(row)
        })
    },
    [virtualizer],
  )
  const items = virtualizer.getVirtualItems()
  // The table is given the rows in view only: its row objects are built for those, not again for
  // every loaded row each time a page arrives (thousands, while the reader scrolls).
  const shown = useMemo(() => items.flatMap((item) => rows[item.index] ?? []), [items, rows])
  const table = useTable({
    features: tableFeaturesUsed,
    columns,
    data: shown,
    getRowId: (row) => row.id,
    state: { columnVisibility },
  })
  const tableRows = table.getRowModel().rows
  const lastShown = items.at(-1)?.index ?? 0
  useEffect(() => {
    if (hasMore && !isLoadingMore && lastShown >= rows.length - loadAheadRows) loadMore()
  }, [hasMore, isLoadingMore, lastShown, rows.length, loadMore])

  // The row that holds the keyboard focus (roving tabindex): one tab stop for the whole body.
  const [activeIndex, setActiveIndex] = useState(0)
  const active = Math.min(activeIndex, Math.max(0, rows.length - 1))
  const focusPending = useRef(false)
  // True once the row is in the DOM and holds the focus; until then the move stays pending and is
  // tried again after the next render (the virtualizer may draw the row a frame later).
  const focusRow = (index: number) => {
    const row = scrollRef.current?.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`)
    row?.focus({ preventScroll: true })
    return row != null && document.activeElement === row
  }
  useEffect(() => {
    if (focusPending.current && focusRow(active)) focusPending.current = false
  })
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, rows.length - 1))
    setActiveIndex(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
    focusPending.current = !focusRow(next)
  }
  // On the body, not on each row: the rows stay memoized (no callbacks changing every render).
  const rowIndexOf = (target: EventTarget) => {
    const row = target instanceof HTMLElement ? target.closest<HTMLElement>('tr[data-index]') : null
    return row === null ? undefined : Number(row.dataset.index)
  }
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target)
    if (index !== undefined) setActiveIndex(index)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    // Keys on a row itself only: inside a cell (its link), Enter follows the link.
    if (!(event.target instanceof HTMLTableRowElement)) return
    const index = rowIndexOf(event.target)
    if (index === undefined) return
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / estimatedRowHeight[density]) - 1,
    )
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      moveTo(target)
    } else if (event.key === 'Enter') {
      const id = rows[index]?.id
      if (id === undefined) return
      event.preventDefault()
      onOpen(id)
    } else if (event.key === ' ' && selection) {
      const row = rows[index]
      if (row === undefined || !selection.canSelect(row)) return
      const { id } = row
      // Instead of scrolling the box a screen down, as Space would on a row.
      event.preventDefault()
      selection.onToggle(id)
    }
  }

  const columnCount = table.getVisibleLeafColumns().length + (selection ? 1 : 0)
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      data-density={density}
      data-virtual-scroller
      role="region"
      aria-labelledby={captionId}
      // Focusable so a keyboard can also scroll it sideways on a phone.
      tabIndex={0}
    >
      <table className={styles.table} aria-rowcount={total + 1} aria-describedby={hintId}>
        {caption}
        {head}
        <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className={styles.spacer}>
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item, position) => {
            const row = tableRows[position]
            return row ? (
              <WorkOrderRow
                key={row.id}
                row={row}
                index={item.index}
                active={item.index === active}
                measure={measure}
                columnsVersion={rowsVersion}
                selectColumn={selection !== undefined}
                selected={selection?.selected.has(row.id) ?? false}
                onToggle={selection?.canSelect(row.original) ? selection.onToggle : undefined}
              />
            ) : null
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className={styles.spacer}>
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
