import { useMutation } from '@tanstack/react-query'
import { useId, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  createReminderMutationOptions,
  type Reminder,
  type ReminderMethod,
} from '@/entities/escalation/api/reminder-mutation'
import { ReminderFields } from '@/entities/escalation/ui/reminder-fields'
import type { RefusedField } from '@/shared/api/action-error'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { clearDraft, useDraft } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'
import { remindDraftKey } from '../model/draft-keys'
import { ActionError } from '@/shared/ui/action-form/action-error'
import styles from '@/shared/ui/action-form/action-form.module.css'

interface RemindFormProps {
  workOrderId: string
  onDone: (reminder: Reminder) => void
  onCancel: () => void
}

/**
 * A reminder (催办) to the handling unit: how, and an optional note. A refusal or a lost answer
 * keeps what was typed; sending again is the same intent (same Idempotency-Key), so a retry or a
 * second click records one reminder.
 */
export function RemindForm({ workOrderId, onDone, onCancel }: RemindFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const intent = useActionIntent()
  const [method, setMethod] = useState<ReminderMethod>('platform')
  // Kept outside the form: a session that ends while the note is typed takes the form off the page.
  const [note, setNote] = useDraft(remindDraftKey(workOrderId))
  const remind = useMutation(createReminderMutationOptions(workOrderId))

  const send = () => {
    const trimmed = note.trim()
    remind.mutate(
      { body: trimmed === '' ? { method } : { method, note: trimmed }, intent },
      {
        onSuccess: (reminder) => {
          clearDraft(remindDraftKey(workOrderId))
          onDone(reminder)
        },
      },
    )
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!remind.isPending) send()
  }
  const fieldMessage = (field: RefusedField) =>
    field.parameter === '/note'
      ? t('supervisionActions.fields.note')
      : field.parameter === '/method'
        ? t('supervisionActions.fields.method')
        : undefined

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={styles.formTitle}>
        {t('supervisionActions.remind.title')}
      </h4>
      <ReminderFields method={method} note={note} onMethod={setMethod} onNote={setNote} />
      {remind.isError ? (
        <ActionError error={remind.error} onRetry={send} fieldMessage={fieldMessage} />
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" disabled={remind.isPending}>
          {remind.isPending ? t('supervisionActions.remind.sending') : t('supervisionActions.remind.submit')}
        </Button>
        <Button
          onClick={() => {
            clearDraft(remindDraftKey(workOrderId))
            onCancel()
          }}
        >
          {t('supervisionActions.cancel')}
        </Button>
      </div>
    </form>
  )
}
