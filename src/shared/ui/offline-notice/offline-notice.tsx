import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import { useOnlineStatus } from '@/shared/lib/use-online-status'
import styles from './offline-notice.module.css'

/**
 * "Offline since hh:mm:ss" above every page while the browser has no network. The figures on
 * screen stay (TanStack Query keeps them and pauses its fetches) and refresh when it returns;
 * this says why nothing moves meanwhile.
 */
export function OfflineNotice() {
  const { t } = useTranslation()
  const locale = useLocale()
  const { online, offlineSince } = useOnlineStatus()
  if (online || offlineSince === null) return null
  return (
    <p className={styles.notice} role="alert">
      <span aria-hidden="true">⚠ </span>
      {t('app.offline', {
        time: formatChinaDateTime(offlineSince, locale, 'timeSeconds'),
      })}
    </p>
  )
}
