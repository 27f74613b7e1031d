import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import {
  extensionRequestsInfiniteQueryOptions,
  returnedTicketsInfiniteQueryOptions,
} from '@/entities/decision/api/decision-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import styles from './app-shell.module.css'

/** One item of each queue is enough: the answer's `total` is the count. */
const pendingCount = { status: 'pending', limit: 1 } as const

/**
 * How many decisions await the director, beside "审批" in the navigation: extension requests and
 * returned tickets still pending. Nothing when none (or not yet known); refreshed with the polls
 * and after every decision (the decision queries' prefix is invalidated).
 */
export function PendingApprovals() {
  const { t } = useTranslation()
  const locale = useLocale()
  const polling = usePolling()
  const extensions = useInfiniteQuery({ ...extensionRequestsInfiniteQueryOptions(pendingCount), ...polling })
  const returns = useInfiniteQuery({ ...returnedTicketsInfiniteQueryOptions(pendingCount), ...polling })
  const counts = [extensions.data, returns.data].map((data) => data?.pages[0]?.total)
  if (counts.some((count) => count === undefined)) return null
  const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0)
  if (total === 0) return null
  const formatted = formatCount(total, locale)
  return (
    <span className={styles.navBadge}>
      <span aria-hidden="true">{formatted}</span>
      <span className={styles.srOnly}>{t('approvals.navCount', { formatted })}</span>
    </span>
  )
}
