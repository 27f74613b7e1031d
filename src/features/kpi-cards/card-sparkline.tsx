import { useTranslation } from 'react-i18next'
import { kpiTimeseriesQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { formatCalendarDay } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { Sparkline } from '@/shared/ui/sparkline/sparkline'
import { sparkRange } from './spark-range'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './kpi-cards.module.css'

type Timeseries = components['schemas']['Timeseries']

const noValues: readonly (number | null)[] = []

interface SparkLine {
  values: (number | null)[]
  /** The days the values are for: after midnight, yesterday's line is carried until today's loads. */
  period: Timeseries['period']
}

/**
 * The line's values and days only: a poll that brings the same values (with a new `asOf`) leaves
 * the query's data the same object, and the card's line is not drawn again.
 */
function sparkLine(data: Timeseries): SparkLine {
  return { values: data.series[0]?.points.map((point) => point.value) ?? [], period: data.period }
}

interface CardSparklineProps {
  title: string
  metric: components['schemas']['Metric']
  filters: KpiFilters
  /** Not asked for yet: the card's first paint goes out without the series' requests. */
  paused?: boolean
  /** What the reader chose (see `useCarriedOver`): within it, a new day keeps the last line. */
  carryScope?: string
}

/**
 * A card's trend, its own query: the card's figure paints from the summary at once, the line
 * follows. A failed series leaves the line out (the figure itself is what matters) and keeps
 * an earlier line while it has one.
 */
export function CardSparkline({ title, metric, filters, paused = false, carryScope }: CardSparklineProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const range = sparkRange(filters)
  const query = useCarriedOver(
    {
      ...kpiTimeseriesQueryOptions({
        ...filterParams({ ...filters, from: range.from, to: range.to }),
        metric,
        interval: range.interval,
      }),
      ...usePolling(),
      enabled: !paused,
      select: sparkLine,
    },
    carryScope,
  )
  const line = query.data
  return (
    <div className={styles.sparkline}>
      <Sparkline
        values={line?.values ?? noValues}
        label={
          line !== undefined && line.values.length > 0
            ? t('overview.cards.sparklineLabel', {
                title,
                from: formatCalendarDay(line.period.from, locale, 'monthDay'),
                to: formatCalendarDay(line.period.to, locale, 'monthDay'),
              })
            : t('overview.cards.sparklineEmpty', { title })
        }
      />
      {range.widened ? (
        <span className={styles.sparklineNote}>{t('overview.cards.sparklineRange', { count: 14 })}</span>
      ) : null}
    </div>
  )
}
