import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { eventsQueryOptions } from '@/entities/calendar/api/event-queries'
import { eventRuns, eventsInBucket } from '@/entities/calendar/model/event-runs'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount, formatDecimal } from '@/shared/lib/format'
import { Chart } from '@/shared/ui/chart/chart'
import { useChartTheme } from '@/shared/ui/chart/use-chart-theme'
import { buildRiseTrendOption } from './build-rise-trend-option'
import type { RiseRow, Rises } from './rise-model'
import { weekAxisLabel, weekSpan } from './week-label'
import styles from './hotspot-rises.module.css'

interface RiseTrendProps {
  readonly rises: Rises
  readonly row: RiseRow
  readonly name: string
}

/** The selected row over the weeks, its baseline band and the events that may explain a spike. */
export function RiseTrend({ rises, row, name }: RiseTrendProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const theme = useChartTheme()
  const first = rises.weeks[0]
  const last = rises.weeks.at(-1)
  const events = useQuery({
    ...eventsQueryOptions({ from: first?.from ?? '', to: last?.to ?? '' }),
    enabled: first !== undefined && last !== undefined,
  })
  const buckets = useMemo(
    () => rises.weeks.map((week) => ({ start: week.from, end: week.to })),
    [rises.weeks],
  )
  const items = events.data?.items
  const runs = useMemo(() => eventRuns(items ?? [], buckets), [items, buckets])
  const option = useMemo(
    () =>
      buildRiseTrendOption({
        row,
        weekLabels: rises.weeks.map((week) => weekAxisLabel(week, locale)),
        events: runs,
        eventNames: runs.map((run) => t(`events.code.${run.event.code}`)),
        names: {
          count: t('hotspotRises.trend.count'),
          mean: t('hotspotRises.trend.mean'),
          band: t('hotspotRises.trend.band'),
          valueAxis: t('hotspotRises.trend.valueAxis'),
        },
        format: {
          count: (value) => formatCount(value, locale),
          decimal: (value) => formatDecimal(value, locale),
        },
        theme,
      }),
    [row, rises.weeks, runs, locale, t, theme],
  )
  return (
    <>
      <Chart
        option={option}
        label={t('hotspotRises.trend.chartLabel', { name })}
        textAlternative={
          <table>
            <caption>{t('hotspotRises.trend.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hotspotRises.trend.week')}</th>
                <th scope="col">{t('hotspotRises.trend.count')}</th>
                <th scope="col">{t('hotspotRises.trend.mean')}</th>
                <th scope="col">{t('hotspotRises.trend.threshold')}</th>
                <th scope="col">{t('hotspotRises.ranking.status')}</th>
                <th scope="col">{t('hotspotRises.trend.method')}</th>
                <th scope="col">{t('events.column')}</th>
              </tr>
            </thead>
            <tbody>
              {rises.weeks.map((week, index) => {
                const cell = row.cells[index]
                const named = eventsInBucket(items ?? [], { start: week.from, end: week.to })
                return (
                  <tr key={week.to}>
                    <th scope="row">{weekSpan(week, locale)}</th>
                    <td>{formatCount(cell?.count, locale)}</td>
                    <td>{formatDecimal(cell?.baselineMean, locale)}</td>
                    <td>{formatDecimal(cell?.threshold, locale)}</td>
                    <td>{t(cell?.rising ? 'hotspotRises.ranking.rising' : 'hotspotRises.ranking.normal')}</td>
                    <td>{t(`hotspotRises.trend.${week.baselineMethod}`)}</td>
                    <td>
                      {named.length > 0
                        ? named.map((event) => t(`events.code.${event.code}`)).join('、')
                        : t('events.none')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        }
      />
      {runs.length > 0 ? (
        <ul className={styles.eventList} aria-label={t('events.column')}>
          {runs.map((run) => (
            <li key={`${run.event.code}-${run.event.from}`}>
              <span className={styles.eventName}>{t(`events.code.${run.event.code}`)}</span>{' '}
              {run.event.from === run.event.to
                ? weekSpan({ from: run.event.from, to: run.event.to }, locale).split('–')[0]
                : weekSpan(run.event, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      {events.isError ? <p className={styles.note}>{t('events.unavailable')}</p> : null}
    </>
  )
}
