import type { components } from '@/shared/api/schema.gen'
import type { RowLabels } from './row-labels'
import styles from './work-order-table.module.css'

type WorkOrderSummary = components['schemas']['WorkOrderSummary']

const symbols = { closed: '✓', overdue: '⚠', atRisk: '◔', open: '•' } as const

/** The row's state in words, with a symbol and a colour as extra cues, never the only ones. */
export function RowState({ row, labels }: { row: WorkOrderSummary; labels: RowLabels }) {
  const state = row.closed ? 'closed' : row.overdue ? 'overdue' : row.atRisk ? 'atRisk' : 'open'
  return (
    <span className={styles.states}>
      <span className={styles[`state-${state}`]}>
        <span aria-hidden="true">{symbols[state]} </span>
        {labels.state(state)}
      </span>
      {row.supervised ? <span className={styles.supervised}>{labels.supervised}</span> : null}
    </span>
  )
}
