import { barShare } from './timely-status'
import styles from './six-timely-panel.module.css'

interface TimelyRateBarProps {
  rate: number | null
  target: number
  below: boolean
  /** Where the panel's common scale starts (see `barScaleStart`). */
  scaleStart: number
}

/**
 * The rate as a bar on the panel's scale (up to 100 %) with the target as a line across it. Decorative: the
 * rate, the target and the shortfall are all in the row's text, which is what assistive
 * technology reads.
 */
export function TimelyRateBar({ rate, target, below, scaleStart }: TimelyRateBarProps) {
  return (
    <div className={styles.bar} aria-hidden="true">
      {rate === null ? null : (
        <span
          className={below ? styles.barFillBelow : styles.barFill}
          style={{ width: `${barShare(rate, scaleStart) * 100}%` }}
        />
      )}
      <span className={styles.targetLine} style={{ left: `${barShare(target, scaleStart) * 100}%` }} />
    </div>
  )
}
