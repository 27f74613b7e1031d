import { useTranslation } from 'react-i18next'
import type { Alert } from '@/entities/alert/api/alert-mutations'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import styles from './alert-lifecycle.module.css'

/** Who did what and when, oldest first; names and notes are data, rendered as plain text. */
export function AlertHistory({ history }: { history: Alert['history'] }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <ol className={styles.history}>
      {history.map((event) => (
        <li key={`${event.action}-${event.at}`} className={styles.event}>
          <time dateTime={event.at} className={styles.eventTime}>
            {formatChinaDateTime(event.at, locale)}
          </time>
          <span className={styles.eventWhat}>
            {t(`alertLifecycle.history.${event.action}`, { who: event.by ?? '' })}
          </span>
          {event.note ? <span className={styles.eventNote}>{event.note}</span> : null}
        </li>
      ))}
    </ol>
  )
}
