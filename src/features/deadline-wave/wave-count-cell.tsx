import { Link } from '@tanstack/react-router'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import styles from './deadline-wave.module.css'

/** A link marks itself as the view shown (aria-current) only when the list shows exactly its items. */
export const exactView = { exact: true } as const

interface WaveCountCellProps {
  value: number
  /** The list of the items counted, and the link's name; none when no one filter names them. */
  link?: { search: WorkOrderListSearch; label: string } | undefined
  /** Its share of the wave's largest count, 1-4 (a heat shade), or none. */
  level?: number | undefined
}

/** One count of the wave: a link to the items it counts when there are any. */
export function WaveCountCell({ value, link, level }: WaveCountCellProps) {
  const locale = useLocale()
  const text = formatCount(value, locale)
  return (
    <td className={styles.count} data-level={level}>
      {link && value > 0 ? (
        <Link
          to="/work-orders"
          activeOptions={exactView}
          search={link.search}
          aria-label={link.label}
          className={styles.countLink}
        >
          {text}
        </Link>
      ) : (
        text
      )}
    </td>
  )
}
