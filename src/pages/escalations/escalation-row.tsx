import { Link } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import { createRowLabels } from '@/features/work-order-table/row-labels'
import { useLocale } from '@/shared/i18n/use-locale'
import {
  formatCalendarDay,
  formatChinaDateTime,
  formatCount,
  formatDeadline,
  missingValue,
} from '@/shared/lib/format'
import type { EscalationRow } from './escalation-rows'
import { RowActions, type RowForm } from './row-actions'
import styles from './escalations.module.css'

interface EscalationRowItemProps {
  row: EscalationRow
  maySupervise: boolean
  /** The row's open form, held by the list (see `RowForm`). */
  form: RowForm | undefined
  onForm: (form: RowForm | undefined) => void
  /** Says what an action did, in the panel's live region (the row may be gone by then). */
  onDone: (message: string) => void
}

/** One supervision: its work order (opening the drawer), who, why, by when, and what was done. */
export function EscalationRowItem({ row, maySupervise, form, onForm, onDone }: EscalationRowItemProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const unitNames = useUnitNames()
  const labels = useMemo(() => createRowLabels(t, locale), [t, locale])
  const { escalation, order, left, lastAction } = row
  const time = (instant: string) => formatChinaDateTime(instant, locale)
  const timed = left.state === 'overdue' || left.state === 'warning' || left.state === 'onTrack' ? left : null
  const words = timed ? labels.timeLeft(timed) : null

  return (
    <li className={styles.row} data-urgency={row.urgency}>
      <div className={styles.rowHead}>
        <Link
          to="/escalations/$id"
          params={{ id: escalation.workOrderId }}
          search={(prev) => prev}
          className={styles.orderLink}
          aria-label={t('escalations.list.openWorkOrder', { id: escalation.workOrderId })}
        >
          {escalation.workOrderId}
        </Link>
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
      <dl className={styles.facts}>
        <div>
          <dt>{t('escalations.list.unit')}</dt>
          <dd>{unitNames.get(escalation.unit) ?? escalation.unit}</dd>
        </div>
        <div>
          <dt>{t('escalations.list.supervisor')}</dt>
          <dd className={styles.freeText} dir="auto">
            {escalation.openedBy}
          </dd>
        </div>
        <div>
          <dt>{t('escalations.list.reason')}</dt>
          <dd>{t(`workOrderDetail.supervisions.reason.${escalation.reason}`)}</dd>
        </div>
        <div>
          <dt>{t('escalations.list.level')}</dt>
          <dd>{t(`workOrderDetail.supervisions.level.${escalation.level}`)}</dd>
        </div>
        <div>
          <dt>{t('escalations.list.dueDate')}</dt>
          <dd>
            {escalation.dueDate !== null
              ? formatCalendarDay(escalation.dueDate, locale)
              : order?.dueAt
                ? t('escalations.list.noDueDate', { deadline: formatDeadline(order.dueAt, locale) })
                : t('escalations.list.noDeadline')}
          </dd>
        </div>
        <div>
          <dt>{t('escalations.list.reminders')}</dt>
          <dd>{order ? formatCount(order.reminderCount, locale) : missingValue}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('escalations.list.lastAction')}</dt>
          <dd className={styles.freeText} dir="auto">
            {lastAction.note === null
              ? t('escalations.list.opened', { time: time(lastAction.at), by: lastAction.by })
              : `${t('escalations.list.progress', { time: time(lastAction.at), by: lastAction.by })}${lastAction.note}`}
          </dd>
        </div>
      </dl>
      {maySupervise ? (
        <RowActions escalation={escalation} form={form} onForm={onForm} onDone={onDone} />
      ) : null}
    </li>
  )
}
