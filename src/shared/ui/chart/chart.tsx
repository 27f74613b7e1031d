import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CodeFailed } from '@/shared/ui/code-loading/code-failed'
import { useCode } from '@/shared/ui/code-loading/use-code'
import type { ChartOption } from './chart-option'
import type { ChartItemClick } from './echarts-chart'
import { loadEChartsChart } from './load-echarts-chart'
import styles from './chart.module.css'
import { useChartTheme } from './use-chart-theme'

export interface ChartProps {
  /** A complete option from a pure builder (e.g. buildTimeSeriesOption), memoised by the caller. */
  option: ChartOption
  /** The chart's accessible name, e.g. "受理量趋势(按渠道)". */
  label: string
  /**
   * What the chart shows, as text: a small table of the figures or a sentence. Screen readers
   * and keyboard users get it instead of the picture and its hover tooltips; it is visually
   * hidden.
   */
  textAlternative: ReactNode
  /** The chart's height (CSS length or px). The width follows the container. */
  height?: number | string
  className?: string
  /**
   * A click on a data item. A pointer shortcut only: whatever it does must also be reachable by
   * keyboard elsewhere on the page (a table's buttons).
   */
  onItemClick?: (item: ChartItemClick) => void
}

/**
 * The one chart component. The picture is an image with a name (role="img") followed by its
 * text alternative; ECharts is loaded on first use, themed from the design tokens, resized
 * with its container and disposed on unmount (see echarts-chart.tsx).
 */
export function Chart({ option, label, textAlternative, height = 300, className, onItemClick }: ChartProps) {
  const { t } = useTranslation()
  const theme = useChartTheme()
  // Not React's `lazy`, which keeps a failed load for good: a chart must come back with the network.
  const { state, retry } = useCode(loadEChartsChart)
  const failed = state.status === 'failed' || state.status === 'needsReload'
  return (
    <figure className={[styles.figure, className].filter(Boolean).join(' ')}>
      {/* Height through React's style prop, which the DOM receives as CSSOM (element.style),
          allowed by our CSP, unlike a style="" attribute in HTML. */}
      {failed ? (
        // Not an image: what it says and its button must reach screen readers and the keyboard.
        <div className={[styles.frame, styles.failed].join(' ')} style={{ height }}>
          <CodeFailed
            needsReload={state.status === 'needsReload'}
            message={t('panel.chartFailed')}
            retry={retry}
          />
        </div>
      ) : (
        <div role="img" aria-label={label} className={styles.frame} style={{ height }}>
          {state.status === 'loaded' ? (
            <state.value option={option} theme={theme} onItemClick={onItemClick} />
          ) : (
            <div className={styles.placeholder} />
          )}
        </div>
      )}
      <div className="visually-hidden">{textAlternative}</div>
    </figure>
  )
}
