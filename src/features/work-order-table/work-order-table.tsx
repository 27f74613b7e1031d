import { useNavigate } from '@tanstack/react-router'
import { useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { SortHeader } from './sort-header'
import { TableSettings } from './table-settings'
import { useWorkingCalendar } from '@/entities/calendar/model/use-working-calendar'
import { tableFeaturesUsed, workOrderColumns, type WorkOrderSummary } from './work-order-columns'
import { WorkOrderRow } from './work-order-row'
import styles from './work-order-table.module.css'

export interface WorkOrderTableProps {
  rows: readonly WorkOrderSummary[]
  /** Every match, of which `rows` are the pages loaded so far. */
  total: number
  unitNames: ReadonlyMap<string, string>
  /** The list's URL search: sorting writes to it, a row's detail keeps it. */
  search: WorkOrderListSearch
  hasMore: boolean
  isLoadingMore: boolean
  loadMore: () => void
}

/** Row heights the virtualizer starts from, before it measures the real rows. */
const estimatedRowHeight = { comfortable: 44, compact: 32 } as const
/** Rows kept rendered beyond the visible ones, each way: enough for a fast flick. */
const overscan = 10
/** How close to the last loaded row the next page is asked for. */
const loadAheadRows = 30
/** Time left counts live: once a minute is as fine as its working-day words go. */
const tickMs = 60_000

/**
 * The work orders as a table that scrolls through any number of them: only the rows in view
 * (and a few beyond) are in the DOM, and the next page is asked for before the reader reaches the
 * end. Keyboard: Tab reaches the current row, arrows move it, Home/End jump, Enter opens it.
 */
export function WorkOrderTable({
  rows,
  total,
  unitNames,
  search,
  hasMore,
  isLoadingMore,
  loadMore,
}: WorkOrderTableProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const navigate = useNavigate()
  const now = useNow(tickMs)
  const calendar = useWorkingCalendar(now)
  const density = usePreferences((state) => state.tableDensity)
  const hidden = usePreferences((state) => state.hiddenWorkOrderColumns)
  const captionId = useId()
  const hintId = useId()

  const columns = useMemo(
    () => workOrderColumns({ t, locale, unitNames, now, calendar, search }),
    [t, locale, unitNames, now, calendar, search],
  )
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden])
  // A new token whenever what a row's cells show may change, though the row objects stay.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the dependencies are the point
  const rowsVersion = useMemo(() => ({}), [columns, columnVisibility])

  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer is mutable by design (its methods read live scroll state): this component
  // re-renders with every scroll anyway, so the compiler's memoization has nothing to save here.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight[density],
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan,
    // Scroll updates batched by React instead of a synchronous render per scroll event.
    useFlushSync: false,
  })
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
  useEffect(() => {
    if (!focusPending.current) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)
    if (row) {
      focusPending.current = false
      row.focus({ preventScroll: true })
    }
  })
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, rows.length - 1))
    setActiveIndex(next)
    focusPending.current = true
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  // On the body, not on each row: the rows stay memoized (no callbacks changing every render).
  const rowIndexOf = (target: EventTarget) => {
    const row = target instanceof HTMLElement ? target.closest<HTMLElement>('tr[data-index]') : null
    return row === null ? undefined : Number(row.dataset.index)
  }
  const onBodyFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target)
    if (index !== undefined) setActiveIndex(index)
  }
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
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
      void navigate({ to: '/work-orders/$id', params: { id }, search })
    }
  }

  const visibleColumnCount = table.getVisibleLeafColumns().length
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <>
      <TableSettings />
      <p id={hintId} className={styles.hint}>
        {t('workOrderTable.keyboardHint')}
      </p>
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
          <caption id={captionId} className="visually-hidden">
            {t('workOrderTable.caption', {
              total: formatCount(total, locale),
              loaded: formatCount(rows.length, locale),
            })}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} columnId={header.column.id} search={search}>
                    <table.FlexRender header={header} />
                  </SortHeader>
                ))}
              </tr>
            ))}
          </thead>
          <tbody onKeyDown={onBodyKeyDown} onFocus={onBodyFocus}>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className={styles.spacer}>
                <td colSpan={visibleColumnCount} style={{ height: paddingTop }} />
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
                  measure={virtualizer.measureElement}
                  columnsVersion={rowsVersion}
                />
              ) : null
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className={styles.spacer}>
                <td colSpan={visibleColumnCount} style={{ height: paddingBottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className={styles.footer} role="status">
        {isLoadingMore
          ? t('workOrderTable.loadingMore')
          : hasMore
            ? null
            : t('workOrderTable.allLoaded', { total: formatCount(total, locale) })}
      </p>
    </>
  )
}
