import { Link } from '@tanstack/react-router'
import { columnVisibilityFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { WorkingCalendar } from '@/entities/calendar/model/working-days'
import { timeLeft } from '@/entities/work-order/model/time-left'
import type { WorkOrderListSearch, WorkOrderSort } from '@/entities/work-order/work-order-list-search'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatChinaDateTime, formatCount, formatDeadline, missingValue } from '@/shared/lib/format'
import { createRowLabels } from './row-labels'
import { RowState } from './row-state'
import { TimeLeftCell } from './time-left-cell'
import styles from './work-order-table.module.css'

export type WorkOrderSummary = components['schemas']['WorkOrderSummary']

export const tableFeaturesUsed = tableFeatures({ columnVisibilityFeature })

const helper = createColumnHelper<typeof tableFeaturesUsed, WorkOrderSummary>()

/** Columns the API can sort by, and the `sort` value of their ascending order. */
export const sortableColumns: Partial<Record<string, WorkOrderSort>> = {
  receivedAt: 'receivedAt',
  dueAt: 'dueAt',
  // The longer overdue, the more urgent: descending first is what a supervisor wants.
  timeLeft: 'overdueDuration',
}

/** Columns a user may not hide: without the number a row cannot be told or opened. */
export const fixedColumns = new Set(['id'])

export interface ColumnContext {
  t: TFunction
  locale: Locale
  unitNames: ReadonlyMap<string, string>
  now: number
  calendar: WorkingCalendar
  /** The list's search, kept when a row opens its detail (Back returns to the same view). */
  search: WorkOrderListSearch
}

/**
 * The table's columns. Everything from the API is React text: codes through their translated
 * names, unit names and numbers as sent, never markup.
 */
export type WorkOrderColumns = ReturnType<typeof workOrderColumns>

export function workOrderColumns({ t, locale, unitNames, now, calendar, search }: ColumnContext) {
  const labels = createRowLabels(t, locale)
  return helper.columns([
    helper.accessor('id', {
      header: () => t('workOrderTable.columns.id'),
      cell: (info) => (
        <Link
          to="/work-orders/$id"
          params={{ id: info.getValue() }}
          search={search}
          className={styles.idLink}
          tabIndex={-1}
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.display({
      id: 'timeLeft',
      header: () => t('workOrderTable.columns.timeLeft'),
      cell: (info) => <TimeLeftCell left={timeLeft(info.row.original, now, calendar)} labels={labels} />,
    }),
    helper.display({
      id: 'state',
      header: () => t('workOrderTable.columns.state'),
      cell: (info) => <RowState row={info.row.original} labels={labels} />,
    }),
    helper.accessor('reminderCount', {
      header: () => t('workOrderTable.columns.reminderCount'),
      cell: (info) => <span className={styles.count}>{formatCount(info.getValue(), locale)}</span>,
    }),
    helper.accessor('unit', {
      header: () => t('workOrderTable.columns.unit'),
      cell: (info) => (
        <span className={styles.unit}>{unitNames.get(info.getValue()) ?? info.getValue()}</span>
      ),
    }),
    helper.accessor('stage', {
      header: () => t('workOrderTable.columns.stage'),
      cell: (info) => labels.stage(info.getValue()),
    }),
    helper.accessor('dueAt', {
      header: () => t('workOrderTable.columns.dueAt'),
      cell: (info) => {
        const dueAt = info.getValue()
        return (
          <span className={styles.time}>{dueAt === null ? missingValue : formatDeadline(dueAt, locale)}</span>
        )
      },
    }),
    helper.accessor('receivedAt', {
      header: () => t('workOrderTable.columns.receivedAt'),
      cell: (info) => <span className={styles.time}>{formatChinaDateTime(info.getValue(), locale)}</span>,
    }),
    helper.accessor('category', {
      header: () => t('workOrderTable.columns.category'),
      cell: (info) => labels.category(info.getValue()),
    }),
    helper.accessor('district', {
      header: () => t('workOrderTable.columns.district'),
      cell: (info) => labels.district(info.getValue()),
    }),
    helper.accessor('channel', {
      header: () => t('workOrderTable.columns.channel'),
      cell: (info) => labels.channel(info.getValue()),
    }),
    helper.accessor('kind', {
      header: () => t('workOrderTable.columns.kind'),
      cell: (info) => labels.kind(info.getValue()),
    }),
  ])
}
