import { FlexRender, type Row } from '@tanstack/react-table'
import { memo } from 'react'
import { SelectRowCell } from './row-selection'
import type { tableFeaturesUsed, WorkOrderSummary } from './work-order-columns'
import styles from './work-order-table.module.css'

interface WorkOrderRowProps {
  row: Row<typeof tableFeaturesUsed, WorkOrderSummary>
  index: number
  /** The row holding the body's one tab stop. */
  active: boolean
  /** The virtualizer's measuring ref. */
  measure: (element: HTMLTableRowElement | null) => void
  /**
   * Changes when what the cells show changes though the row object is the same (the minute for
   * time left, the language, the columns shown): the row must draw again then.
   */
  columnsVersion: object
  /** The table has a checkbox column (the user may act on several rows). */
  selectColumn: boolean
  /** Chosen for a bulk action. */
  selected: boolean
  /** Toggles the row's choice; without it the row's cell has no checkbox (it cannot be chosen). */
  onToggle: ((id: string) => void) | undefined
}

/**
 * Whether a row draws the same as before. The table builds new row objects for every row each
 * time a page arrives; the work order they wrap is the same object while it is unchanged (the
 * query keeps unchanged data), so it is what tells whether the row must draw again.
 */
function drawsTheSame(before: WorkOrderRowProps, after: WorkOrderRowProps): boolean {
  return (
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.active === after.active &&
    before.measure === after.measure &&
    before.columnsVersion === after.columnsVersion &&
    before.selectColumn === after.selectColumn &&
    before.selected === after.selected &&
    before.onToggle === after.onToggle
  )
}

/**
 * One body row. Memoized: scrolling renders the table again and again, and only rows entering
 * the view (or whose data, focus or columns changed) need to draw; a page of more rows arriving
 * redraws none of those in view. Keyboard and focus are handled on the body, so the row takes no
 * callbacks that would change every render.
 */
export const WorkOrderRow = memo(function WorkOrderRow({
  row,
  index,
  active,
  measure,
  selectColumn,
  selected,
  onToggle,
}: WorkOrderRowProps) {
  return (
    <tr
      data-index={index}
      ref={measure}
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className={styles.row}
      data-selected={selected || undefined}
    >
      {onToggle ? (
        <SelectRowCell id={row.original.id} selected={selected} active={active} onToggle={onToggle} />
      ) : selectColumn ? (
        <td className={styles.select} />
      ) : null}
      {row.getVisibleCells().map((cell) =>
        cell.column.id === 'id' ? (
          <th key={cell.id} scope="row" className={styles.id}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id}>
            <FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  )
}, drawsTheSame)
