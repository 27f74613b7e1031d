import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { components } from '@/shared/api/schema.gen'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, missingValue } from '@/shared/lib/format'
import styles from './work-orders-table.module.css'

type WorkOrderSummary = components['schemas']['WorkOrderSummary']

interface WorkOrdersTableProps {
  rows: readonly WorkOrderSummary[]
  unitNames: ReadonlyMap<string, string>
}

const columns = [
  'id',
  'kind',
  'channel',
  'category',
  'district',
  'unit',
  'receivedAt',
  'dueAt',
  'status',
] as const

/**
 * The first page of the list as a plain table. Everything from the API is rendered as React
 * text (codes through their translated names, unit names as sent), never as markup.
 */
export function WorkOrdersTable({ rows, unitNames }: WorkOrdersTableProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const captionId = useId()
  return (
    // Focusable so a keyboard can scroll it sideways on a phone.
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className="visually-hidden">
          {t('workOrders.list.caption', { shown: rows.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col">
                {t(`workOrders.list.columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={styles.id}>
                {row.id}
              </th>
              <td>{t(`codes.kind.${row.kind}`)}</td>
              <td>{t(`codes.channel.${row.channel}`)}</td>
              <td>{t(`codes.category.${row.category}`)}</td>
              <td>{t(`codes.district.${row.district}`)}</td>
              <td className={styles.unit}>{unitNames.get(row.unit) ?? row.unit}</td>
              <td className={styles.time}>{formatChinaDateTime(row.receivedAt, locale)}</td>
              <td className={styles.time}>
                {row.dueAt === null ? missingValue : formatChinaDateTime(row.dueAt, locale)}
              </td>
              <td>
                <RowState row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The row's state in words, with a symbol and a colour as extra cues, never the only ones. */
function RowState({ row }: { row: WorkOrderSummary }) {
  const { t } = useTranslation()
  const state = row.closed ? 'closed' : row.overdue ? 'overdue' : row.atRisk ? 'atRisk' : 'open'
  const symbol = { closed: '✓', overdue: '⚠', atRisk: '◔', open: '•' }[state]
  return (
    <span className={styles.states}>
      <span className={styles[state]}>
        <span aria-hidden="true">{symbol} </span>
        {t(`workOrders.list.state.${state}`)}
      </span>
      {row.supervised ? (
        <span className={styles.supervised}>{t('workOrders.list.state.supervised')}</span>
      ) : null}
    </span>
  )
}
