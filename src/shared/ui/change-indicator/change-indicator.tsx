import { changeTone, type ChangeDirection, type ChangeSense } from './change-tone'
import styles from './change-indicator.module.css'

const arrows: Record<ChangeDirection, string> = { up: '▲', down: '▼', flat: '▬' }

export interface ChangeIndicatorProps {
  direction: ChangeDirection
  /** The signed change, already formatted (e.g. "+1.2 pp", "−3"). */
  text: string
  sense: ChangeSense
  /** What the change is measured against, e.g. "较上期" / "vs previous period". */
  comparisonLabel?: string
}

/**
 * A change against a comparison period, told by an arrow and signed text, coloured only as a
 * third cue: red means "up" to many Chinese readers, so colour alone would mislead.
 */
export function ChangeIndicator({ direction, text, sense, comparisonLabel }: ChangeIndicatorProps) {
  const tone = changeTone(direction, sense)
  return (
    <span className={styles.change} data-tone={tone} data-direction={direction}>
      <span aria-hidden="true" className={styles.arrow}>
        {arrows[direction]}
      </span>
      {comparisonLabel ? <span className={styles.comparison}>{comparisonLabel}</span> : null}
      <span>{text}</span>
    </span>
  )
}
