import type { DocTable } from '@/features/report-export/report-document'
import styles from './reports.module.css'

/**
 * One of the report's tables as the page shows it. A cell that shows a figure is anchored as
 * `#fig-<id>`, where the summary's citations point.
 */
export function DocTableView({ table, hideCaption = false }: { table: DocTable; hideCaption?: boolean }) {
  return (
    // Focusable, so that a table wider than a phone can be scrolled from the keyboard.
    <div className={styles.tableScroller} tabIndex={0} role="group" aria-label={table.caption}>
      <table className={styles.table}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={index > 0 ? styles.number : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={`${table.id}-${String(rowIndex)}`}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell.text}
                  </th>
                ) : (
                  <td
                    key={index}
                    id={cell.figureId ? `fig-${cell.figureId}` : undefined}
                    className={cell.figureId ? `${styles.number} ${styles.figure}` : styles.number}
                  >
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
