import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { kpiTimeseriesQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'
import { formatCalendarDay } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { Sparkline } from '@/shared/ui/sparkline/sparkline'
import { sparkRange } from './spark-range'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './kpi-cards.module.css'

type Timeseries = components['schemas']['Timeseries']

const noValues: readonly (number | null)[] = []

/**
 * The line's values only: a poll that brings the same values (with a new `asOf`) leaves the
 * query's data the same array, and the card's line is not drawn again.
 */
function sparkValues(data: Timeseries): (number | null)[] {
  return data.series[0]?.points.map((point) => point.value) ?? []
}

interface CardSparklineProps {
  title: string
  metric: components['schemas']['Metric']
  filters: KpiFilters
  /** Not asked for yet: the card's first paint goes out without the series' requests. */
  paused?: boolean
}

/**
 * A card's trend, its own query: the card's figure paints from the summary at once, the line
 * follows. A failed series leaves the line out (the figure itself is what matters) and keeps
 * an earlier line while it has one.
 */
export function CardSparkline({ title, metric, filters, paused = false }: CardSparklineProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const range = sparkRange(filters)
  const query = useQuery({
    ...kpiTimeseriesQueryOptions({
      ...filterParams({ ...filters, from: range.from, to: range.to }),
      metric,
      interval: range.interval,
    }),
    ...usePolling(),
    enabled: !paused,
    select: sparkValues,
  })
  const values = query.data ?? noValues
  const from = formatCalendarDay(range.from, locale, 'monthDay')
  const to = formatCalendarDay(range.to, locale, 'monthDay')
  return (
    <div className={styles.sparkline}>
      <Sparkline
        values={values}
        label={
          values.length > 0
            ? t('overview.cards.sparklineLabel', { title, from, to })
            : t('overview.cards.sparklineEmpty', { title })
        }
      />
      {range.widened ? (
        <span className={styles.sparklineNote}>{t('overview.cards.sparklineRange', { count: 14 })}</span>
      ) : null}
    </div>
  )
}
