import type { TFunction } from 'i18next'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { chinaDay, formatChinaDateTime, type Instant } from '@/shared/lib/format'
import { csvLine, plain, type CsvCell } from '@/shared/lib/csv'

export type WorkOrderSummary = components['schemas']['WorkOrderSummary']

/**
 * The file's columns, in order. A column the table shows too is named as the table names it
 * (`workOrderTable.columns.<key>`); the times say their zone and the rest are the file's own
 * (`workOrderExport.columns.<key>`).
 */
export const workOrderCsvColumns = [
  'id',
  'channel',
  'kind',
  'category',
  'district',
  'unit',
  'stage',
  'receivedAt',
  'dueAt',
  'overdue',
  'atRisk',
  'supervised',
  'reminderCount',
  'summary',
  'businessName',
] as const

export type WorkOrderCsvColumn = (typeof workOrderCsvColumns)[number]

export interface WorkOrderCsvContext {
  t: TFunction
  locale: Locale
  /** Unit names by code (GET /units); a unit without one is written as its code. */
  unitNames: ReadonlyMap<string, string>
}

/**
 * A China time as "2026-12-05 14:30" in both languages: a form every spreadsheet reads as a
 * date-time (the header says the zone), unlike the UI's "2026年12月5日 14:30".
 */
export function csvChinaTime(instant: Instant, locale: Locale): string {
  return `${chinaDay(instant)} ${formatChinaDateTime(instant, locale, 'time')}`
}

const tableColumns = [
  'id',
  'channel',
  'kind',
  'category',
  'district',
  'unit',
  'stage',
  'reminderCount',
] as const
const isTableColumn = (column: WorkOrderCsvColumn): column is (typeof tableColumns)[number] =>
  (tableColumns as readonly string[]).includes(column)

/** The header row, in the UI language. */
export function workOrderCsvHeader(t: TFunction): string {
  return csvLine(
    workOrderCsvColumns.map((column) =>
      isTableColumn(column) ? t(`workOrderTable.columns.${column}`) : t(`workOrderExport.columns.${column}`),
    ),
  )
}

/** One work order as a row of the file. */
export function workOrderCsvRow(
  item: WorkOrderSummary,
  { t, locale, unitNames }: WorkOrderCsvContext,
): string {
  const flag = (value: boolean) => (value ? t('workOrderExport.yes') : t('workOrderExport.no'))
  const cells: Record<WorkOrderCsvColumn, CsvCell> = {
    // Ids and free text are strings: csv.ts keeps them text and neutralizes formulas in them.
    id: item.id,
    channel: t(`codes.channel.${item.channel}`),
    kind: t(`codes.kind.${item.kind}`),
    category: t(`codes.category.${item.category}`),
    district: t(`codes.district.${item.district}`),
    unit: unitNames.get(item.unit) ?? item.unit,
    stage: t(`codes.stage.${item.stage}`),
    receivedAt: plain(csvChinaTime(item.receivedAt, locale)),
    dueAt: item.dueAt === null ? null : plain(csvChinaTime(item.dueAt, locale)),
    overdue: flag(item.overdue),
    atRisk: flag(item.atRisk),
    supervised: flag(item.supervised),
    reminderCount: item.reminderCount,
    summary: item.summary,
    businessName: item.businessName,
  }
  return csvLine(workOrderCsvColumns.map((column) => cells[column]))
}

/** The file's name for data as of `asOf`: "工单-2026-12-05.csv" (the China day). */
export function workOrderCsvFileName(asOf: Instant, t: TFunction): string {
  return t('workOrderExport.fileName', { day: chinaDay(asOf) })
}
