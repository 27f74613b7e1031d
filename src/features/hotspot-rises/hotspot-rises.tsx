import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { risesQueryOptions } from '@/entities/hotspot/api/rise-queries'
import { chinaDay } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { isEmptyRises } from './rise-model'
import { RiseFilters } from './rise-filters'
import { RiseHeatmap } from './rise-heatmap'
import { RiseMethod } from './rise-method'
import { DimensionSwitch, RiseRanking } from './rise-ranking'
import { RiseTrend } from './rise-trend'
import { riseParams, type RiseView, type RiseViewChange } from './rise-view'
import { useRowName } from './use-row-names'
import styles from './hotspot-rises.module.css'

const dayMs = 86_400_000

interface HotspotRisesProps {
  readonly view: RiseView
  readonly onView: RiseViewChange
}

/**
 * What is rising: the method in words, the ranking of the chosen dimension, the category × week
 * heat map and the selected row's trend with its baseline band and the event calendar.
 */
export function HotspotRises({ view, onView }: HotspotRisesProps) {
  const { t } = useTranslation()
  const polling = usePolling()
  const params = riseParams(view)
  const ranking = useQuery({ ...risesQueryOptions(view.dimension, params), ...polling })
  const categories = useQuery({ ...risesQueryOptions('category', params), ...polling })
  const nameOf = useRowName(view.dimension)
  const categoryName = useRowName('category')
  const data = ranking.data
  // The latest complete day as of the API's clock (China has no daylight saving: a day before
  // is 24 hours before).
  const latestDay = data ? chinaDay(Date.parse(data.asOf) - dayMs) : undefined
  const selected = data?.rows.find((row) => row.key === view.row) ?? data?.rows[0]

  return (
    <div className={styles.rises}>
      {data ? <RiseMethod rises={data} /> : null}
      {latestDay ? <RiseFilters view={view} onView={onView} latestDay={latestDay} /> : null}
      <PanelFrame
        title={t('hotspotRises.ranking.title')}
        actions={<DimensionSwitch view={view} onView={onView} />}
        query={ranking}
        isEmpty={isEmptyRises}
        emptyMessage={t('hotspotRises.ranking.empty')}
      >
        {(rises) => <RiseRanking rises={rises} view={view} onView={onView} nameOf={nameOf} />}
      </PanelFrame>
      <div className={styles.charts}>
        <PanelFrame
          title={t('hotspotRises.heatmap.title')}
          query={categories}
          isEmpty={isEmptyRises}
          emptyMessage={t('hotspotRises.ranking.empty')}
        >
          {(rises) => <RiseHeatmap rises={rises} nameOf={categoryName} onView={onView} />}
        </PanelFrame>
        <PanelFrame
          title={
            selected
              ? t('hotspotRises.trend.title', { name: nameOf(selected.key) })
              : t('hotspotRises.trend.titleNone')
          }
          query={ranking}
          isEmpty={isEmptyRises}
          emptyMessage={t('hotspotRises.ranking.empty')}
        >
          {(rises) => {
            const row = rises.rows.find((item) => item.key === view.row) ?? rises.rows[0]
            return row ? (
              <RiseTrend rises={rises} row={row} name={nameOf(row.key)} />
            ) : (
              <p className={styles.note}>{t('hotspotRises.trend.pick')}</p>
            )
          }}
        </PanelFrame>
      </div>
    </div>
  )
}
