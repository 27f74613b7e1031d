import { lazy, Suspense, type ReactNode } from 'react'
import type { ChartOption } from './chart-option'
import type { ChartItemClick } from './echarts-chart'
import styles from './chart.module.css'
import { useChartTheme } from './use-chart-theme'

// ECharts is a few hundred KiB: it loads with the first chart, never with the first page.
const EChartsChart = lazy(() =>
  import('./echarts-chart').then((module) => ({ default: module.EChartsChart })),
)

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
  const theme = useChartTheme()
  return (
    <figure className={[styles.figure, className].filter(Boolean).join(' ')}>
      {/* Height through React's style prop, which the DOM receives as CSSOM (element.style),
          allowed by our CSP, unlike a style="" attribute in HTML. */}
      <div role="img" aria-label={label} className={styles.frame} style={{ height }}>
        <Suspense fallback={<div className={styles.placeholder} />}>
          <EChartsChart option={option} theme={theme} onItemClick={onItemClick} />
        </Suspense>
      </div>
      <div className="visually-hidden">{textAlternative}</div>
    </figure>
  )
}
