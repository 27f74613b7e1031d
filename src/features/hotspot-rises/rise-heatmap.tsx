import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { Chart } from '@/shared/ui/chart/chart'
import { useChartTheme } from '@/shared/ui/chart/use-chart-theme'
import { buildHeatmapOption } from './build-heatmap-option'
import type { Rises } from './rise-model'
import type { RiseViewChange } from './rise-view'
import { weekAxisLabel, weekSpan } from './week-label'
import styles from './hotspot-rises.module.css'

interface RiseHeatmapProps {
  /** The category rises (every category, ranked). */
  readonly rises: Rises
  readonly nameOf: (key: string) => string
  readonly onView: RiseViewChange
}

/** The category × week heat map, with its figures as a table for screen readers and keyboards. */
export function RiseHeatmap({ rises, nameOf, onView }: RiseHeatmapProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const theme = useChartTheme()
  const rowNames = useMemo(() => rises.rows.map((row) => nameOf(row.key)), [rises, nameOf])
  const option = useMemo(
    () =>
      buildHeatmapOption({
        rises,
        weekLabels: rises.weeks.map((week) => weekAxisLabel(week, locale)),
        rowNames,
        format: {
          count: (count) => formatCount(count, locale),
          rising: (count) => t('hotspotRises.heatmap.risingCell', { count: formatCount(count, locale) }),
        },
        theme,
      }),
    [rises, rowNames, locale, t, theme],
  )
  const weeks = rises.weeks.length
  const onItemClick = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const row = rises.rows[Math.floor(dataIndex / weeks)]
      if (row) onView({ dimension: 'category', row: row.key })
    },
    [rises, weeks, onView],
  )
  return (
    <>
      <Chart
        option={option}
        label={t('hotspotRises.heatmap.chartLabel')}
        height={Math.max(240, 28 * rises.rows.length + 48)}
        onItemClick={onItemClick}
        textAlternative={
          <table>
            <caption>{t('hotspotRises.heatmap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hotspotRises.heatmap.category')}</th>
                {rises.weeks.map((week) => (
                  <th scope="col" key={week.to}>
                    {weekSpan(week, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rises.rows.map((row, index) => (
                <tr key={row.key}>
                  <th scope="row">{rowNames[index]}</th>
                  {row.cells.map((cell, weekIndex) => (
                    <td key={rises.weeks[weekIndex]?.to ?? weekIndex}>
                      {cell.rising
                        ? t('hotspotRises.heatmap.risingCell', { count: formatCount(cell.count, locale) })
                        : formatCount(cell.count, locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className={styles.note}>{t('hotspotRises.heatmap.note')}</p>
    </>
  )
}
