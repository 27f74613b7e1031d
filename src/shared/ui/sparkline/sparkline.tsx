import { sparklinePath } from './sparkline-path'
import styles from './sparkline.module.css'

export interface SparklineProps {
  values: readonly (number | null)[]
  /** The accessible name, e.g. "受理量：12月1日至12月5日的走势". */
  label: string
}

const width = 120
const height = 28

/**
 * A small trend line drawn as inline SVG, not with the chart library: it paints with the figures,
 * before ECharts has loaded. It scales to its box; the line keeps its width (non-scaling stroke).
 */
export function Sparkline({ values, label }: SparklineProps) {
  const path = sparklinePath(values, width, height)
  return (
    <svg
      className={styles.sparkline}
      viewBox={`-2 -2 ${width + 4} ${height + 4}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      {path ? <path d={path} className={styles.line} vectorEffect="non-scaling-stroke" /> : null}
    </svg>
  )
}
