import { useTranslation } from 'react-i18next'
import type { WorkOrderSummary } from './work-order-columns'
import styles from './work-order-table.module.css'

/**
 * Rows chosen for a bulk action, offered only to a user who may take one. Kept by work-order id
 * by the caller, not by the table: the table's row model holds only the rows in view (the body
 * is virtual), and a row scrolled away and back must still be chosen.
 */
export interface TableSelection {
  selected: ReadonlySet<string>
  /**
   * Whether a row may be chosen at all (a closed item cannot be reminded: the API would refuse
   * it, so it is not offered). Stable across renders, as `onToggle`.
   */
  canSelect: (row: WorkOrderSummary) => boolean
  /** A row's checkbox, or Space on its row. Stable across renders: the rows are memoized. */
  onToggle: (id: string) => void
  /** The header's checkbox, with the ids of every loaded row that may be chosen, in list order. */
  onToggleAll: (ids: readonly string[]) => void
}

/**
 * The header's checkbox over every loaded row that may be chosen: ticked when all are chosen, mixed when some are
 * (the `indeterminate` property has no attribute, so it is set on the element).
 */
export function SelectAllHeader({ ids, selection }: { ids: readonly string[]; selection: TableSelection }) {
  const { t } = useTranslation()
  const chosen = ids.reduce((count, id) => (selection.selected.has(id) ? count + 1 : count), 0)
  const all = ids.length > 0 && chosen === ids.length
  return (
    <th scope="col" className={styles.select}>
      <label className={styles.selectLabel}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={all}
          ref={(element) => {
            if (element) element.indeterminate = chosen > 0 && !all
          }}
          disabled={ids.length === 0}
          onChange={() => selection.onToggleAll(ids)}
        />
        <span className="visually-hidden">{t('workOrderTable.select.all')}</span>
      </label>
    </th>
  )
}

interface SelectRowCellProps {
  id: string
  selected: boolean
  /** The row holds the body's tab stop: its checkbox is the next one (Tab from the row). */
  active: boolean
  onToggle: (id: string) => void
}

/** A row's checkbox, named by the work order ("选择 RZ-…"); the whole cell is its target. */
export function SelectRowCell({ id, selected, active, onToggle }: SelectRowCellProps) {
  const { t } = useTranslation()
  return (
    <td className={styles.select}>
      <label className={styles.selectLabel}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={selected}
          tabIndex={active ? 0 : -1}
          onChange={() => onToggle(id)}
        />
        <span className="visually-hidden">{t('workOrderTable.select.row', { id })}</span>
      </label>
    </td>
  )
}
