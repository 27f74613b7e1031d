import { useTranslation } from 'react-i18next'
import type { TimeLeft } from '@/entities/work-order/model/time-left'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay, missingValue } from '@/shared/lib/format'
import styles from './work-order-table.module.css'

const symbols = { overdue: '⚠', warning: '◔', onTrack: '' } as const

/**
 * The time an item has left in working days, with its deadline day: red and a warning sign
 * once overdue, amber inside the warning window; the words alone say it too.
 */
export function TimeLeftCell({ left }: { left: TimeLeft }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (left.state === 'closed')
    return <span className={styles.muted}>{t('workOrderTable.timeLeft.closed')}</span>
  if (left.state === 'noDeadline') return <span className={styles.muted}>{missingValue}</span>
  const words =
    left.state === 'overdue'
      ? left.workingDays === 0
        ? t('workOrderTable.timeLeft.overdueToday')
        : t('workOrderTable.timeLeft.overdue', { count: left.workingDays })
      : left.workingDays === 0
        ? t('workOrderTable.timeLeft.dueToday')
        : t('workOrderTable.timeLeft.left', { count: left.workingDays })
  return (
    <span className={styles[left.state]}>
      {symbols[left.state] ? <span aria-hidden="true">{symbols[left.state]} </span> : null}
      {words}
      <span className={styles.deadlineDay}>
        {t('workOrderTable.timeLeft.deadline', {
          day: formatCalendarDay(left.deadlineDay, locale, 'monthDay'),
        })}
      </span>
    </span>
  )
}
