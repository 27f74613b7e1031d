import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { WorkOrderStatus } from '@/entities/work-order/work-order-status'
import styles from './status-tabs.module.css'

// "All" (no status filter) first, then the states in the order staff work through them.
const tabs = [
  undefined,
  ...(['open', 'overdue', 'atRisk', 'supervised', 'closed'] as const satisfies readonly WorkOrderStatus[]),
]

/** Picks the state filter; each choice is a link, so it lands in the URL and history. */
export function StatusTabs({ current }: { current: WorkOrderStatus | undefined }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('workOrders.status.label')}>
      <ul className={styles.tabs}>
        {tabs.map((status) => (
          <li key={status ?? 'all'}>
            <Link
              from="/work-orders"
              to="/work-orders"
              search={(prev) => ({ ...prev, status })}
              // Current only when the whole search matches: a partial match would mark "all" everywhere.
              activeOptions={{ exact: true, includeSearch: true }}
              aria-current={status === current ? 'page' : undefined}
              className={styles.tab}
            >
              {t(`workOrders.status.${status ?? 'all'}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
