import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { wallDisplaysQueryOptions } from '@/entities/wall-display/api/wall-display-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import styles from './alerts-strip.module.css'

/**
 * The wall displays that stopped reporting (`quiet`: no heartbeat for three minutes): the room's
 * screen may be off, frozen or offline, and nobody at it to notice. Nothing while all report, and
 * nothing when the list cannot be had: this line adds to the alerts, it does not replace them.
 */
export function QuietWalls() {
  const { t } = useTranslation()
  const locale = useLocale()
  const displays = useQuery({ ...wallDisplaysQueryOptions(), ...usePolling() })
  const quiet = displays.data?.items.filter((display) => display.quiet) ?? []
  if (quiet.length === 0) return null
  return (
    <div className={styles.quietWalls} role="status">
      <p className={styles.quietTitle}>
        <span aria-hidden="true">⚠ </span>
        {t('alertsStrip.quietWalls.title', { count: quiet.length })}
      </p>
      <ul className={styles.quietList}>
        {quiet.map((display) => (
          <li key={display.deviceId} dir="auto">
            {t('alertsStrip.quietWalls.item', {
              device: display.deviceId,
              time: formatChinaDateTime(display.lastSeenAt, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}
