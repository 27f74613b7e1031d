import type { TimeLeft } from '@/entities/work-order/model/time-left'
import { missingValue } from '@/shared/lib/format'
import type { RowLabels } from './row-labels'
import styles from './work-order-table.module.css'

const symbols = { overdue: '⚠', warning: '◔', onTrack: '' } as const

/**
 * The time an item has left in working days, with its deadline day: red and a warning sign
 * once overdue, amber inside the warning window; the words alone say it too.
 */
export function TimeLeftCell({ left, labels }: { left: TimeLeft; labels: RowLabels }) {
  if (left.state === 'closed') return <span className={styles.muted}>{labels.closed}</span>
  if (left.state === 'noDeadline') return <span className={styles.muted}>{missingValue}</span>
  const { words, deadline } = labels.timeLeft(left)
  return (
    <span className={styles[left.state]}>
      {symbols[left.state] ? <span aria-hidden="true">{symbols[left.state]} </span> : null}
      {words}
      <span className={styles.deadlineDay}>{deadline}</span>
    </span>
  )
}
