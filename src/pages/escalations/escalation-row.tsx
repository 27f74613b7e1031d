import { useTranslation } from 'react-i18next'
import { useUnitNames } from '@/entities/unit/use-unit-names'
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
import { RowHead } from './row-head'
import styles from './escalations.module.css'

interface EscalationRowItemProps {
  row: EscalationRow
  maySupervise: boolean
  /** The row's open form, held by the list (see `RowForm`). */
  form: RowForm | undefined
  onForm: (form: RowForm | undefined) => void
  /** Says what an action did, in the panel's live region (the row may be gone by then). */
  onDone: (message: string, leaves: boolean) => void
}

/** One supervision: its work order (opening the drawer), who, why, by when, and what was done. */
export function EscalationRowItem({ row, maySupervise, form, onForm, onDone }: EscalationRowItemProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const unitNames = useUnitNames()
  const { escalation, order, left, lastAction } = row
  const time = (instant: string) => formatChinaDateTime(instant, locale)

  return (
    <li className={styles.row} data-urgency={row.urgency}>
      <RowHead workOrderId={escalation.workOrderId} left={left} />
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
