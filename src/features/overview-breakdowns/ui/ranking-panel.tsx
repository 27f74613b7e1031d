import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { breakdownQueryOptions, sixTimelyQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { formatCount, formatRate, formatSignedChange } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { combineQueries } from '@/shared/ui/panel/combine-panel-queries'
import { RankingTable } from './ranking-table'
import { SegmentedToggle } from './segmented-toggle'
import { UnitExtremes } from './unit-extremes'
import { useCodeLabel } from './use-code-label'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './ranking-panel.module.css'

type RankedDimension = 'district' | 'unit'
type RankingMetric = 'received' | 'closure'

/**
 * Districts or handling units ranked by volume or by on-time closure rate, rates banded against
 * the closure target, and the five worst and five best units. The target is the six timely
 * panel's `handling` target, read with the same parameters, so both panels share one request.
 */
export function RankingPanel({ filters, compare, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const codeLabel = useCodeLabel()
  const marginPoints = usePreferences((state) => state.bandMarginPoints)
  const [dimension, setDimension] = useState<RankedDimension>('district')
  const [metric, setMetric] = useState<RankingMetric>('received')
  const polling = usePolling()
  const params = filterParams(filters)

  const query = combineQueries({
    ranking: useCarriedOver(
      { ...breakdownQueryOptions(dimension, { ...params, metric, compare }), ...polling },
      carryScope,
    ),
    // The same request as the ranking when it shows units by rate: one fetch, one cache entry.
    unitRates: useCarriedOver(
      {
        ...breakdownQueryOptions('unit', { ...params, metric: 'closure', compare }),
        ...polling,
      },
      carryScope,
    ),
    sixTimely: useCarriedOver({ ...sixTimelyQueryOptions(params), ...polling }, carryScope),
    // Reference data: read once an hour (its staleTime), not at every poll.
    units: useQuery(unitsQueryOptions()),
  })

  const dimensionLabel = t(`overviewBreakdowns.ranking.${dimension}`)
  const metricLabel = t(`overviewBreakdowns.ranking.${metric === 'received' ? 'volume' : 'onTime'}`)
  // The margin is a distance, not a change: the sign of a signed change would mislead.
  const margin = formatSignedChange(marginPoints / 100, 'points', locale).replace(/^\+/, '')

  return (
    <PanelFrame
      title={t('overviewBreakdowns.ranking.title')}
      query={query}
      actions={
        <div className={styles.controls}>
          <SegmentedToggle
            label={t('overviewBreakdowns.ranking.dimension')}
            value={dimension}
            onChange={setDimension}
            options={[
              { value: 'district', label: t('overviewBreakdowns.ranking.district') },
              { value: 'unit', label: t('overviewBreakdowns.ranking.unit') },
            ]}
          />
          <SegmentedToggle
            label={t('overviewBreakdowns.ranking.measure')}
            value={metric}
            onChange={setMetric}
            options={[
              { value: 'received', label: t('overviewBreakdowns.ranking.volume') },
              { value: 'closure', label: t('overviewBreakdowns.ranking.onTime') },
            ]}
          />
        </div>
      }
    >
      {({ ranking, unitRates, sixTimely, units }) => {
        const target = sixTimely.items.find((item) => item.code === 'handling')?.target ?? null
        const unitNames = new Map(units.items.map((unit) => [unit.code, unit.name]))
        const unitName = (key: string) => unitNames.get(key) ?? key
        const targetNote =
          target === null
            ? t('overviewBreakdowns.ranking.noTarget')
            : t('overviewBreakdowns.ranking.target', { target: formatRate(target, locale), margin })
        return (
          <>
            {ranking.metric === 'closure' ? <p className={styles.target}>{targetNote}</p> : null}
            <div className={styles.fit}>
              <RankingTable
                // A new view starts collapsed.
                key={`${ranking.dimension}-${ranking.metric}`}
                rows={ranking.rows}
                measure={ranking.metric === 'closure' ? 'closure' : 'received'}
                nameOf={ranking.dimension === 'unit' ? unitName : (key) => codeLabel('district', key)}
                caption={t('overviewBreakdowns.ranking.caption', {
                  dimension: dimensionLabel,
                  measure: metricLabel,
                })}
                target={target}
                marginPoints={marginPoints}
                comparison={ranking.comparison?.basis ?? null}
              />
            </div>
            {ranking.suppressedRows > 0 ? (
              <p className={styles.target}>
                {t('overviewBreakdowns.ranking.suppressed', {
                  rows: formatCount(ranking.suppressedRows, locale),
                })}
              </p>
            ) : null}
            {ranking.metric === 'closure' ? null : <p className={styles.target}>{targetNote}</p>}
            <UnitExtremes
              rows={unitRates.rows}
              nameOf={unitName}
              target={target}
              marginPoints={marginPoints}
            />
          </>
        )
      }}
    </PanelFrame>
  )
}
