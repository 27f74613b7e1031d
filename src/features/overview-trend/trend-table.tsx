import { useTranslation } from 'react-i18next'
import type { Locale } from '@/shared/i18n/locales'
import { eventsInBucket, type CalendarEvent } from '@/entities/calendar/model/event-runs'
import { formatCount } from '@/shared/lib/format'
import { bucketDays } from './bucket-label'
import { rowHasHoliday, type RateCell, type TrendModel } from './trend-model'
import styles from './trend-panel.module.css'

export interface TrendTableProps {
  readonly model: TrendModel
  readonly channelNames: readonly string[]
  readonly formatRateCell: (cell: RateCell) => string
  /** The holidays, when the chart marks them; `undefined` leaves the column out. */
  readonly holidays: ReadonlySet<string> | undefined
  /** The other events the chart marks; `undefined` leaves the column out. */
  readonly events?: readonly CalendarEvent[] | undefined
  readonly locale: Locale
}

/**
 * The chart's text alternative: every figure the chart and its tooltips show, one row per
 * bucket, with the exact days of each bucket. Names are React text.
 */
export function TrendTable({
  model,
  channelNames,
  formatRateCell,
  holidays,
  events,
  locale,
}: TrendTableProps) {
  const { t } = useTranslation()
  return (
    <table className={styles.table}>
      <caption>{t('overviewTrend.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overviewTrend.table.bucket')}</th>
          {model.channels.map((code, index) => (
            <th scope="col" key={code}>
              {channelNames[index] ?? code}
            </th>
          ))}
          <th scope="col">{t('overviewTrend.table.total')}</th>
          <th scope="col">{t('overviewTrend.initialCheckRate')}</th>
          <th scope="col">{t('overviewTrend.closureRate')}</th>
          {holidays ? <th scope="col">{t('overviewTrend.table.holiday')}</th> : null}
          {events ? <th scope="col">{t('events.column')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.start}>
            <th scope="row">
              {row.running
                ? t('overviewTrend.table.running', { days: bucketDays(row, locale) })
                : bucketDays(row, locale)}
            </th>
            {row.counts.map((count, index) => (
              <td key={model.channels[index] ?? index}>{formatCount(count, locale)}</td>
            ))}
            <td>{formatCount(row.total, locale)}</td>
            <td>{formatRateCell(row.initialCheck)}</td>
            <td>{formatRateCell(row.closure)}</td>
            {holidays ? (
              <td>
                {t(rowHasHoliday(row, holidays) ? 'overviewTrend.table.yes' : 'overviewTrend.table.no')}
              </td>
            ) : null}
            {events ? (
              <td>
                {eventsInBucket(events, row)
                  .map((event) => t(`events.code.${event.code}`))
                  .join('、') || t('events.none')}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
