import { cardIds } from './card-figures'
import styles from './kpi-cards.module.css'

/**
 * The cards' grid while the figures load: as many empty cards as there will be, as tall as one,
 * so the panels below are where they will stay (a short skeleton let the cards push them down).
 */
export function CardGridSkeleton() {
  return (
    <div className={styles.grid}>
      {/* The open-work card first, then one per key figure. */}
      {['open', ...cardIds].map((id) => (
        <div key={id} className={styles.cardPlaceholder} />
      ))}
    </div>
  )
}
