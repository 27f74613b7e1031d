import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkingCalendar } from '@/entities/calendar/model/working-days'
import type { SupervisionSuggestion } from '@/entities/escalation/api/suggestion-queries'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import { timeLeft } from '@/entities/work-order/model/time-left'
import { RemindForm } from '@/features/work-order-detail/ui/remind-form'
import { SuperviseForm } from '@/features/work-order-detail/ui/supervise-form'
import { createRowLabels } from '@/features/work-order-table/row-labels'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import { RowHead } from './row-head'
import styles from './escalations.module.css'

type Form = 'supervise' | 'remind'

interface SuggestionRowProps {
  suggestion: SupervisionSuggestion
  /** Its place in the ranking, from 1. */
  rank: number
  now: number
  calendar: WorkingCalendar
  /**
   * Says what an action did, in the panel's live region; `leaves` when the row is about to go (a
   * supervised item leaves the list), so the keyboard focus needs somewhere to go.
   */
  onDone: (message: string, leaves: boolean) => void
}

/**
 * One item suggested for supervision: how late, how often reminded, where, and the two actions a
 * director takes on it here (supervise, remind), with the same forms as the work-order detail.
 */
export function SuggestionRow({ suggestion, rank, now, calendar, onDone }: SuggestionRowProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const id = useId()
  const unitNames = useUnitNames()
  const labels = useMemo(() => createRowLabels(t, locale), [t, locale])
  const [form, setForm] = useState<Form | null>(null)
  const superviseButton = useRef<HTMLButtonElement>(null)
  const remindButton = useRef<HTMLButtonElement>(null)
  const { workOrder } = suggestion
  const urgency = workOrder.overdue ? 'overdue' : 'dueToday'
  const dismiss = (which: Form) => {
    setForm(null)
    ;(which === 'supervise' ? superviseButton : remindButton).current?.focus()
  }

  return (
    <li className={styles.row} data-urgency={urgency}>
      <RowHead
        workOrderId={workOrder.id}
        left={timeLeft(workOrder, now, calendar)}
        before={<span className={styles.rank}>{t('escalations.suggestions.rank', { rank })}</span>}
      />
      <dl className={styles.facts}>
        <div>
          <dt>{t('escalations.suggestions.unit')}</dt>
          <dd>{unitNames.get(workOrder.unit) ?? workOrder.unit}</dd>
        </div>
        <div>
          <dt>{t('escalations.suggestions.category')}</dt>
          <dd>
            {labels.category(workOrder.category)} · {labels.district(workOrder.district)}
          </dd>
        </div>
        <div>
          <dt>{t('escalations.list.reminders')}</dt>
          <dd>{formatCount(workOrder.reminderCount, locale)}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('escalations.suggestions.summary')}</dt>
          <dd className={styles.freeText} dir="auto">
            {workOrder.summary}
          </dd>
        </div>
      </dl>
      <div className={styles.actions}>
        <Button
          ref={superviseButton}
          aria-expanded={form === 'supervise'}
          aria-controls={`${id}-form`}
          onClick={() => setForm((current) => (current === 'supervise' ? null : 'supervise'))}
        >
          {t('supervisionActions.supervise.open')}
        </Button>
        <Button
          ref={remindButton}
          aria-expanded={form === 'remind'}
          aria-controls={`${id}-form`}
          onClick={() => setForm((current) => (current === 'remind' ? null : 'remind'))}
        >
          {t('supervisionActions.remind.open')}
        </Button>
      </div>
      <div id={`${id}-form`}>
        {form === 'supervise' ? (
          <SuperviseForm
            workOrderId={workOrder.id}
            overdue={workOrder.overdue}
            onCancel={() => dismiss('supervise')}
            onDone={() => onDone(t('escalations.suggestions.supervised', { id: workOrder.id }), true)}
          />
        ) : null}
        {form === 'remind' ? (
          <RemindForm
            workOrderId={workOrder.id}
            onCancel={() => dismiss('remind')}
            onDone={() => {
              dismiss('remind')
              onDone(t('escalations.suggestions.reminded', { id: workOrder.id }), false)
            }}
          />
        ) : null}
      </div>
    </li>
  )
}
