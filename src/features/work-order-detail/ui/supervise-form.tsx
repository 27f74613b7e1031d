import { useMutation } from '@tanstack/react-query'
import { useId, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isSendable, ReportByDayField } from '@/entities/calendar/ui/report-by-day-field'
import { checkReportByDay } from '@/entities/calendar/model/report-by-day'
import {
  createEscalationMutationOptions,
  type Escalation,
  type NewEscalation,
} from '@/entities/escalation/api/escalation-mutations'
import { workingCalendar } from '@/entities/calendar/model/working-days'
import { actionErrorOf, type RefusedField } from '@/shared/api/action-error'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { clearDraft, useDraft } from '@/shared/drafts/drafts-store'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { Button } from '@/shared/ui/button/button'
import { SelectField } from '@/shared/ui/select-field/select-field'
import { superviseDraftKey } from '../model/draft-keys'
import { ActionError } from '@/shared/ui/action-form/action-error'
import styles from '@/shared/ui/action-form/action-form.module.css'

type Reason = NewEscalation['reason']
type Level = NonNullable<NewEscalation['level']>
const reasons = ['overdue', 'dissatisfied', 'leaderAttention'] as const satisfies readonly Reason[]
const levels = ['general', 'key', 'listed'] as const satisfies readonly Level[]
const maxNote = 1000
// Only the day's order matters for refusing the past; rest days are the field's own warning.
const noCalendar = workingCalendar([])

interface SuperviseFormProps {
  workOrderId: string
  /** An overdue item is supervised for being overdue, most often: the reason offered first. */
  overdue: boolean
  onDone: (escalation: Escalation) => void
  onCancel: () => void
}

/**
 * A supervision order (督办单) on an open work order: why, how high it is pursued (level), by when
 * the unit must report (China
 * day, checked against the working-day calendar) and the director's instructions. What was typed
 * stays when the API refuses; a report-by day the API finds in the past is said under the field.
 */
export function SuperviseForm({ workOrderId, overdue, onDone, onCancel }: SuperviseFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const intent = useActionIntent()
  const today = useChinaDay()
  const [reason, setReason] = useState<Reason>(overdue ? 'overdue' : 'leaderAttention')
  const [level, setLevel] = useState<Level>('general')
  const [dueDate, setDueDate] = useState('')
  // Kept outside the form: a session that ends while the note is typed takes the form off the page.
  const [note, setNote] = useDraft(superviseDraftKey(workOrderId))
  const supervise = useMutation(createEscalationMutationOptions())
  const sendable = isSendable(checkReportByDay(dueDate, today, noCalendar), true)

  const send = () => {
    const trimmed = note.trim()
    const body: NewEscalation = {
      workOrderId,
      reason,
      level,
      ...(dueDate === '' ? {} : { dueDate }),
      ...(trimmed === '' ? {} : { note: trimmed }),
    }
    supervise.mutate(
      { body, intent },
      {
        onSuccess: (escalation) => {
          clearDraft(superviseDraftKey(workOrderId))
          onDone(escalation)
        },
      },
    )
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!supervise.isPending && sendable) send()
  }
  const refusedDueDate =
    supervise.isError && actionErrorOf(supervise.error).fields.some((f) => f.parameter === '/dueDate')
  const fieldMessage = (field: RefusedField) =>
    field.parameter === '/dueDate'
      ? t('supervisionActions.reportByDay.refused')
      : field.parameter === '/note'
        ? t('supervisionActions.fields.note')
        : field.parameter === '/reason'
          ? t('supervisionActions.fields.reason')
          : undefined

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={styles.formTitle}>
        {t('supervisionActions.supervise.title')}
      </h4>
      <SelectField
        label={t('supervisionActions.supervise.reason')}
        value={reason}
        options={reasons.map((code) => ({
          value: code,
          label: t(`workOrderDetail.supervisions.reason.${code}`),
        }))}
        onChange={setReason}
      />
      <SelectField
        label={t('supervisionActions.supervise.level')}
        value={level}
        options={levels.map((code) => ({
          value: code,
          label: t(`workOrderDetail.supervisions.level.${code}`),
        }))}
        onChange={setLevel}
      />
      <ReportByDayField
        label={t('supervisionActions.supervise.dueDate')}
        value={dueDate}
        onChange={setDueDate}
        optional
        refusal={refusedDueDate ? t('supervisionActions.reportByDay.refused') : undefined}
      />
      <div className={styles.field}>
        <label htmlFor={`${id}-note`} className={styles.label}>
          {t('supervisionActions.supervise.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className={styles.textarea}
          value={note}
          maxLength={maxNote}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={`${id}-note-hint`} className={styles.hint}>
          {t('supervisionActions.supervise.noteHint')}
        </p>
      </div>
      {supervise.isError ? (
        <ActionError error={supervise.error} onRetry={send} fieldMessage={fieldMessage} />
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" disabled={supervise.isPending || !sendable}>
          {supervise.isPending
            ? t('supervisionActions.supervise.sending')
            : t('supervisionActions.supervise.submit')}
        </Button>
        <Button
          onClick={() => {
            clearDraft(superviseDraftKey(workOrderId))
            onCancel()
          }}
        >
          {t('supervisionActions.cancel')}
        </Button>
      </div>
    </form>
  )
}
