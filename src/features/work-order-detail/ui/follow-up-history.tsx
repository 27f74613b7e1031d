import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay, formatChinaDateTime } from '@/shared/lib/format'
import type { Reminder, Supervision } from '../model/work-order-detail'
import { Section } from './section'
import styles from './detail.module.css'

interface FollowUpHistoryProps {
  reminders: readonly Reminder[]
  supervisions: readonly Supervision[]
  unitNames: ReadonlyMap<string, string>
}

/** Reminders (催办) and formal supervision orders (督办), each in the order the API sends. */
export function FollowUpHistory({ reminders, supervisions, unitNames }: FollowUpHistoryProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const time = (instant: string) => formatChinaDateTime(instant, locale)
  return (
    <>
      <Section title={t('workOrderDetail.reminders.heading')}>
        {reminders.length === 0 ? (
          <p className={styles.muted}>{t('workOrderDetail.reminders.none')}</p>
        ) : (
          <ol className={styles.records}>
            {reminders.map((reminder) => (
              <li key={reminder.id} className={styles.record}>
                <p className={styles.freeText} dir="auto">
                  {t('workOrderDetail.reminders.entry', {
                    time: time(reminder.at),
                    method: t(`workOrderDetail.reminders.method.${reminder.method}`),
                    by: reminder.by,
                  })}
                </p>
                {reminder.note === '' ? null : (
                  <p className={styles.freeText} dir="auto">
                    {reminder.note}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('workOrderDetail.supervisions.heading')}>
        {supervisions.length === 0 ? (
          <p className={styles.muted}>{t('workOrderDetail.supervisions.none')}</p>
        ) : (
          <ol className={styles.records}>
            {supervisions.map((supervision) => (
              <li key={supervision.id} className={styles.record}>
                <p className={styles.recordTitle}>
                  <span className={styles.freeText} dir="auto">
                    {t('workOrderDetail.supervisions.opened', {
                      time: time(supervision.openedAt),
                      by: supervision.openedBy,
                      reason: t(`workOrderDetail.supervisions.reason.${supervision.reason}`),
                      level: t(`workOrderDetail.supervisions.level.${supervision.level}`),
                    })}
                  </span>
                  <span className={supervision.status === 'open' ? styles.supervised : styles.tag}>
                    {t(`workOrderDetail.supervisions.status.${supervision.status}`)}
                  </span>
                </p>
                <p>
                  {t('workOrderDetail.supervisions.unit', {
                    unit: unitNames.get(supervision.unit) ?? supervision.unit,
                  })}
                  {supervision.dueDate === null
                    ? null
                    : ` · ${t('workOrderDetail.supervisions.dueDate', {
                        date: formatCalendarDay(supervision.dueDate, locale),
                      })}`}
                </p>
                {supervision.note === '' ? null : (
                  <p className={styles.freeText} dir="auto">
                    {supervision.note}
                  </p>
                )}
                {supervision.progress.length > 0 ? (
                  <div className={styles.progress}>
                    <p className={styles.muted}>{t('workOrderDetail.supervisions.progress')}</p>
                    <ol className={styles.records}>
                      {supervision.progress.map((entry, index) => (
                        <li key={`${entry.at}-${String(index)}`}>
                          <p className={styles.freeText} dir="auto">
                            {t('workOrderDetail.supervisions.progressEntry', {
                              time: time(entry.at),
                              by: entry.by,
                            })}
                          </p>
                          <p className={styles.freeText} dir="auto">
                            {entry.note}
                          </p>
                        </li>
                      ))}
                    </ol>
                  </div>
                ) : null}
                {supervision.closedAt === null ? null : (
                  <p className={styles.freeText} dir="auto">
                    {t('workOrderDetail.supervisions.closed', {
                      time: time(supervision.closedAt),
                      by: supervision.closedBy ?? '—',
                    })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  )
}
