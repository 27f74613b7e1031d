import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { chinaDay, formatChinaDateTime } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { Button } from '@/shared/ui/button/button'
import { staleness } from './freshness-state'
import styles from './freshness-bar.module.css'

export interface FreshnessBarProps {
  /** The server's `asOf` of the figures on screen. */
  asOf: string | undefined
  status: 'pending' | 'error' | 'success'
  isFetching: boolean
  /** When the figures on screen arrived (ms; 0 before the first). */
  dataUpdatedAt: number
  intervalMs: number
  onRefresh: () => void
}

/**
 * How current the figures are: the server's time of the data, the refresh interval, a manual
 * refresh, and a stale badge when the last refresh failed or the data is older than two
 * intervals. (Being offline is said above every page: src/shared/ui/offline-notice.)
 */
export function FreshnessBar({
  asOf,
  status,
  isFetching,
  dataUpdatedAt,
  intervalMs,
  onRefresh,
}: FreshnessBarProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const now = useNow(5_000)
  const stale = staleness({ hasData: asOf !== undefined, status, dataUpdatedAt, now, intervalMs })
  const seconds = Math.round(intervalMs / 1000)
  const intervalText =
    seconds >= 60 && seconds % 60 === 0
      ? t('overview.freshness.intervalMinutes', { count: seconds / 60 })
      : t('overview.freshness.interval', { count: seconds })
  // Data from another China day carries its date: a screen left overnight must not pass
  // yesterday's figures off as today's.
  const asOfText =
    asOf === undefined
      ? t('overview.freshness.waiting')
      : t('overview.freshness.asOf', {
          time: formatChinaDateTime(
            asOf,
            locale,
            chinaDay(asOf) === chinaDay(now) ? 'timeSeconds' : 'dateTime',
          ),
        })

  return (
    <div className={styles.bar}>
      <p className={styles.asOf}>
        <span data-testid="as-of">{asOfText}</span>
        <span className={styles.interval}>{intervalText}</span>
      </p>
      {stale !== 'fresh' ? (
        <p className={styles.stale} role="status">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('overview.freshness.stale')}</strong>
          {' · '}
          {t(stale === 'failed' ? 'overview.freshness.staleFailed' : 'overview.freshness.staleOld')}
        </p>
      ) : null}
      {/* Not disabled while a poll runs: the button would flicker and drop focus every 30 s. */}
      <Button variant="quiet" onClick={onRefresh} aria-busy={isFetching}>
        {t('overview.freshness.refresh')}
      </Button>
    </div>
  )
}
