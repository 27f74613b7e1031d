import { Link } from '@tanstack/react-router'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimeLeft } from '@/entities/work-order/model/time-left'
import { createRowLabels } from '@/features/work-order-table/row-labels'
import { useLocale } from '@/shared/i18n/use-locale'
import { missingValue } from '@/shared/lib/format'
import styles from './escalations.module.css'

interface RowHeadProps {
  workOrderId: string
  left: TimeLeft
  /** Before the work order's link (a suggestion's rank). */
  before?: ReactNode
}

/**
 * A row's first line on the escalations page: the work order (opening its detail over the page)
 * and how much time is left against its deadline, in working days, overdue marked by a sign too.
 */
export function RowHead({ workOrderId, left, before }: RowHeadProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const labels = useMemo(() => createRowLabels(t, locale), [t, locale])
  const timed = left.state === 'overdue' || left.state === 'warning' || left.state === 'onTrack' ? left : null
  const words = timed ? labels.timeLeft(timed) : null
  return (
    <div className={styles.rowHead}>
      <span>
        {before}
        <Link
          to="/escalations/$id"
          params={{ id: workOrderId }}
          search={(prev) => prev}
          className={styles.orderLink}
          aria-label={t('escalations.list.openWorkOrder', { id: workOrderId })}
        >
          {workOrderId}
        </Link>
      </span>
      <span>
        <span className="visually-hidden">{t('escalations.list.timeLeft')}: </span>
        {words === null || timed === null ? (
          missingValue
        ) : (
          <span className={timed.state === 'onTrack' ? undefined : styles[timed.state]}>
            {timed.state === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
            {words.words}
            <span className={styles.deadlineDay}>{words.deadline}</span>
          </span>
        )}
      </span>
    </div>
  )
}
