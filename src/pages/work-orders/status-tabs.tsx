import { useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import {
  workOrderCountQueryOptions,
  type WorkOrderListParams,
} from '@/entities/work-order/api/work-order-queries'
import type { WorkOrderStatus } from '@/entities/work-order/work-order-status'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { statusTabParams, statusTabs } from './status-tab-params'
import styles from './status-tabs.module.css'

interface StatusTabsProps {
  current: WorkOrderStatus | undefined
  /** The list's other filters: each tab counts its state within them. */
  params: WorkOrderListParams
}

/**
 * Picks the state filter; each choice is a link, so it lands in the URL and history. Each tab
 * says how many items it holds within the other filters (the same count as the Overview's open
 * overdue and at-risk figures for the same district and channel).
 */
export function StatusTabs({ current, params }: StatusTabsProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const polling = usePolling()
  const counts = useQueries({
    queries: statusTabParams(params).map((tab) => ({ ...workOrderCountQueryOptions(tab), ...polling })),
  })
  return (
    <nav aria-label={t('workOrders.status.label')}>
      <ul className={styles.tabs}>
        {statusTabs.map((status, index) => {
          const count = counts[index]?.data
          return (
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
                {count === undefined ? null : (
                  <span className={styles.count}>{formatCount(count, locale)}</span>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
