import { shownUnits, waveWorkingDays } from './deadline-wave'
import styles from './deadline-wave.module.css'

/** The header, the named units and the "other units" row, and the totals: the usual wave. */
const rows = 1 + shownUnits + 1 + 1
const columns = 1 + waveWorkingDays + 1

/**
 * The wave's loading shape: an empty table of the usual wave's rows in the wave's own styles,
 * so the list below stays where it is when the counts arrive (they come after the list's first
 * rows, from a bigger request). The panel frame hides it from assistive technology.
 */
export function WaveSkeleton() {
  return (
    <table className={`${styles.table} ${styles.skeleton}`}>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row}>
            {Array.from({ length: columns }, (_, column) => (
              <td key={column} className={column === 0 ? styles.unit : undefined}>
                {'\u00a0'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
