import { useNavigate } from '@tanstack/react-router'
import { useTable } from '@tanstack/react-table'
import { useCallback, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { SelectAllHeader, type TableSelection } from './row-selection'
import { SortHeader } from './sort-header'
import { TableSettings } from './table-settings'
import { useWorkingCalendar } from '@/entities/calendar/model/use-working-calendar'
import { tableFeaturesUsed, workOrderColumns, type WorkOrderSummary } from './work-order-columns'
import { VirtualTable } from './virtual-table'
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
  /** Rows chosen for a bulk action, for a user who may take one; no checkboxes without. */
  selection?: TableSelection | undefined
}

/** Time left counts live: once a minute is as fine as its working-day words go. */
const tickMs = 60_000
const noRows: WorkOrderSummary[] = []

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
  selection,
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

  // The head only: its row model is empty, the body builds the rows in view (virtual-table.tsx).
  const head = useTable({ features: tableFeaturesUsed, columns, data: noRows, state: { columnVisibility } })
  const canSelect = selection?.canSelect
  const selectableIds = useMemo(
    () => (canSelect ? rows.filter(canSelect).map((row) => row.id) : []),
    [rows, canSelect],
  )
  const onOpen = useCallback(
    (id: string) => void navigate({ to: '/work-orders/$id', params: { id }, search }),
    [navigate, search],
  )

  return (
    <>
      <TableSettings />
      <p id={hintId} className={styles.hint}>
        {t(selection ? 'workOrderTable.keyboardHintSelectable' : 'workOrderTable.keyboardHint')}
      </p>
      <VirtualTable
        caption={
          <caption id={captionId} className="visually-hidden">
            {t('workOrderTable.caption', {
              total: formatCount(total, locale),
              loaded: formatCount(rows.length, locale),
            })}
          </caption>
        }
        head={
          <thead>
            {head.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {selection ? <SelectAllHeader ids={selectableIds} selection={selection} /> : null}
                {group.headers.map((header) => (
                  <SortHeader key={header.id} columnId={header.column.id} search={search}>
                    <head.FlexRender header={header} />
                  </SortHeader>
                ))}
              </tr>
            ))}
          </thead>
        }
        captionId={captionId}
        hintId={hintId}
        total={total}
        rows={rows}
        columns={columns}
        columnVisibility={columnVisibility}
        rowsVersion={rowsVersion}
        density={density}
        hasMore={hasMore}
        isLoadingMore={isLoadingMore}
        loadMore={loadMore}
        onOpen={onOpen}
        selection={selection}
      />
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
