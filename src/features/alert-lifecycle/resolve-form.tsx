import { useMutation } from '@tanstack/react-query'
import { useId, useRef, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { resolveAlertMutationOptions } from '@/entities/alert/api/alert-mutations'
import type { RefusedField } from '@/shared/api/action-error'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { Button } from '@/shared/ui/button/button'
import { ActionError } from '@/shared/ui/action-form/action-error'
import styles from '@/shared/ui/action-form/action-form.module.css'

interface ResolveFormProps {
  alertId: string
  onDone: (message: string) => void
  onCancel: () => void
}

/** Resolving: what was done is required (the API requires it); a refusal keeps the text. */
export function ResolveForm({ alertId, onDone, onCancel }: ResolveFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const intent = useActionIntent()
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)
  const resolve = useMutation(resolveAlertMutationOptions(alertId))
  const noteRef = useRef<HTMLTextAreaElement>(null)

  const send = () => {
    if (note.trim() === '') {
      setMissing(true)
      noteRef.current?.focus()
      return
    }
    setMissing(false)
    resolve.mutate(
      { body: { note: note.trim() }, intent },
      { onSuccess: () => onDone(t('alertLifecycle.actions.resolved')) },
    )
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!resolve.isPending) send()
  }
  const fieldMessage = (field: RefusedField) =>
    field.parameter === '/note' ? t('alertLifecycle.actions.fieldNote') : undefined

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={styles.formTitle}>
        {t('alertLifecycle.actions.resolveForm')}
      </h4>
      <div className={styles.field}>
        <label htmlFor={`${id}-note`} className={styles.label}>
          {t('alertLifecycle.actions.resolution')}
        </label>
        <textarea
          ref={noteRef}
          id={`${id}-note`}
          className={styles.textarea}
          value={note}
          maxLength={1000}
          required
          aria-invalid={missing ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={`${id}-hint`} className={styles.hint}>
          {t('alertLifecycle.actions.resolutionHint')}
        </p>
      </div>
      {missing ? (
        <p role="alert" className={styles.error}>
          {t('alertLifecycle.actions.resolutionMissing')}
        </p>
      ) : null}
      {resolve.isError ? (
        <ActionError error={resolve.error} onRetry={send} fieldMessage={fieldMessage} />
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" disabled={resolve.isPending}>
          {resolve.isPending
            ? t('alertLifecycle.actions.resolving')
            : t('alertLifecycle.actions.submitResolve')}
        </Button>
        <Button onClick={onCancel}>{t('alertLifecycle.actions.cancel')}</Button>
      </div>
    </form>
  )
}
