import { useMutation, useMutationState, type MutationKey } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useId, useRef, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { checkReportByDay } from '@/entities/calendar/model/report-by-day'
import { workingCalendar } from '@/entities/calendar/model/working-days'
import { isSendable, ReportByDayField } from '@/entities/calendar/ui/report-by-day-field'
import {
  extendEscalationMutationOptions,
  updateEscalationMutationOptions,
  type Escalation,
} from '@/entities/escalation/api/escalation-mutations'
import { ActionError } from '@/shared/ui/action-form/action-error'
import { actionErrorOf, type RefusedField } from '@/shared/api/action-error'
import { createActionIntent, type ActionIntent } from '@/shared/api/action-intent'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay } from '@/shared/lib/format'
import { clearDraft, draftOf, useDraft } from '@/shared/drafts/drafts-store'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { Button } from '@/shared/ui/button/button'
import formStyles from '@/shared/ui/action-form/action-form.module.css'
import { closeNoteDraftKey } from './draft-keys'
import styles from './escalations.module.css'

// Only the day's order matters for refusing the past; rest days are the field's own warning.
const noCalendar = workingCalendar([])

/**
 * A row's open form: which, the day typed (extend), and its intent (Idempotency-Key). Held by the
 * list, not the row: a new report-by day moves the row to another group (shown at once, and back
 * if refused), which mounts it anew, and what the user typed and the key of a retry must survive.
 * The closing note, free text, is a draft (src/shared/drafts): it survives a session expiry too.
 */
export interface RowForm {
  kind: 'extend' | 'close'
  value: string
  intent: ActionIntent
  /** When the form opened: older failures of the same action are not this form's. */
  openedAt: number
}

interface RowActionsProps {
  escalation: Escalation
  form: RowForm | undefined
  onForm: (form: RowForm | undefined) => void
  /** `leaves`: the action takes the row off the list (closing), so the focus must move. */
  onDone: (message: string, leaves: boolean) => void
}

/** A director's actions on a supervision: a new report-by day, or closing it. One form at a time. */
export function RowActions({ escalation, form, onForm, onDone }: RowActionsProps) {
  const { t } = useTranslation()
  const id = useId()
  const extendButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const toggle = (kind: RowForm['kind']) =>
    onForm(
      form?.kind === kind
        ? undefined
        : {
            kind,
            value: kind === 'extend' ? (escalation.dueDate ?? '') : '',
            intent: createActionIntent(),
            openedAt: Date.now(),
          },
    )
  const dismiss = (kind: RowForm['kind']) => {
    onForm(undefined)
    ;(kind === 'extend' ? extendButton : closeButton).current?.focus()
  }
  const onChange = (value: string) => {
    if (form) onForm({ ...form, value })
  }
  // A closing note kept from a session that ended mid-typing opens its form again.
  const draftKey = closeNoteDraftKey(escalation.id)
  useEffect(() => {
    if (form === undefined && draftOf(draftKey) !== '')
      onForm({ kind: 'close', value: '', intent: createActionIntent(), openedAt: Date.now() })
  }, [form, onForm, draftKey])
  return (
    <>
      <div className={styles.actions}>
        <Button
          ref={extendButton}
          aria-expanded={form?.kind === 'extend'}
          aria-controls={`${id}-form`}
          onClick={() => toggle('extend')}
        >
          {t('escalations.extend.open')}
        </Button>
        <Button
          ref={closeButton}
          aria-expanded={form?.kind === 'close'}
          aria-controls={`${id}-form`}
          onClick={() => toggle('close')}
        >
          {t('escalations.close.open')}
        </Button>
      </div>
      <div id={`${id}-form`}>
        {form?.kind === 'extend' ? (
          <ExtendForm
            escalation={escalation}
            form={form}
            onChange={onChange}
            onCancel={() => dismiss('extend')}
            onDone={(message) => {
              dismiss('extend')
              onDone(message, false)
            }}
          />
        ) : null}
        {form?.kind === 'close' ? (
          <CloseForm
            escalation={escalation}
            form={form}
            onCancel={() => dismiss('close')}
            onDone={(message) => onDone(message, true)}
          />
        ) : null}
      </div>
    </>
  )
}

/** The latest run of an action since its form opened, from the mutation cache: it outlives the row. */
function useLatestRun(mutationKey: MutationKey, since: number) {
  const runs = useMutationState({
    filters: { mutationKey, predicate: (mutation) => mutation.state.submittedAt >= since },
    select: (mutation) => ({ status: mutation.state.status, error: mutation.state.error }),
  })
  return runs.at(-1)
}

interface FormProps {
  escalation: Escalation
  form: RowForm
  onChange: (value: string) => void
  onCancel: () => void
  onDone: (message: string) => void
}

/**
 * A new report-by day, shown in the list at once (optimistic) and put back if the API refuses;
 * the form keeps the day typed, so a retry is one click.
 */
function ExtendForm({ escalation, form, onChange, onCancel, onDone }: FormProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const id = useId()
  const today = useChinaDay()
  const { value: dueDate, intent } = form
  const options = extendEscalationMutationOptions(escalation.id)
  const extend = useMutation(options)
  const run = useLatestRun(options.mutationKey, form.openedAt)
  const pending = run?.status === 'pending'
  const error = run?.status === 'error' ? run.error : null
  const sendable = isSendable(checkReportByDay(dueDate, today, noCalendar), false)
  const send = () => extend.mutate({ body: { dueDate }, intent })
  // From the cache's run, not the call's callback: the row may have been mounted anew meanwhile.
  const succeeded = run?.status === 'success'
  const doneMessage = succeeded
    ? t('escalations.extend.done', { date: formatCalendarDay(dueDate, locale) })
    : ''
  useEffect(() => {
    if (!succeeded) return
    clearDraft(closeNoteDraftKey(escalation.id))
    onDone(doneMessage)
  }, [succeeded, doneMessage, onDone, escalation.id])
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!pending && sendable) send()
  }
  const refused = error !== null && actionErrorOf(error).fields.some((f) => f.parameter === '/dueDate')
  const fieldMessage = (field: RefusedField) =>
    field.parameter === '/dueDate' ? t('supervisionActions.reportByDay.refused') : undefined
  return (
    <form className={formStyles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={formStyles.formTitle}>
        {t('escalations.extend.title', { id: escalation.workOrderId })}
      </h4>
      <ReportByDayField
        label={t('escalations.extend.dueDate')}
        value={dueDate}
        onChange={onChange}
        refusal={refused ? t('supervisionActions.reportByDay.refused') : undefined}
      />
      {error !== null ? <ActionError error={error} onRetry={send} fieldMessage={fieldMessage} /> : null}
      <div className={formStyles.buttons}>
        <Button type="submit" variant="primary" disabled={pending || !sendable}>
          {pending ? t('escalations.extend.sending') : t('escalations.extend.submit')}
        </Button>
        <Button
          onClick={() => {
            clearDraft(closeNoteDraftKey(escalation.id))
            onCancel()
          }}
        >
          {t('supervisionActions.cancel')}
        </Button>
      </div>
    </form>
  )
}

/** Closing a supervision, with an optional closing note; not optimistic (the row leaves the list). */
function CloseForm({ escalation, form, onCancel, onDone }: Omit<FormProps, 'onChange'>) {
  const { t } = useTranslation()
  const id = useId()
  const { intent } = form
  // Kept outside the form: a session that ends while the note is typed takes the list off the page.
  const [note, setNote] = useDraft(closeNoteDraftKey(escalation.id))
  const options = updateEscalationMutationOptions(escalation.id)
  const close = useMutation(options)
  const run = useLatestRun(options.mutationKey, form.openedAt)
  const pending = run?.status === 'pending'
  const error = run?.status === 'error' ? run.error : null
  const send = () => {
    const trimmed = note.trim()
    close.mutate({
      body: trimmed === '' ? { status: 'closed' } : { status: 'closed', note: trimmed },
      intent,
    })
  }
  const succeeded = run?.status === 'success'
  const doneMessage = t('escalations.close.done', { id: escalation.workOrderId })
  // Once per success: `onDone` is a new function on every render of the row.
  const reportDone = useEffectEvent(onDone)
  useEffect(() => {
    if (succeeded) reportDone(doneMessage)
  }, [succeeded, doneMessage])
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!pending) send()
  }
  const conflict = error !== null && actionErrorOf(error).failure === 'conflict'
  return (
    <form className={formStyles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={formStyles.formTitle}>
        {t('escalations.close.title', { id: escalation.workOrderId })}
      </h4>
      <div className={formStyles.field}>
        <label htmlFor={`${id}-note`} className={formStyles.label}>
          {t('escalations.close.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className={formStyles.textarea}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {conflict ? (
        <p role="alert" className={styles.muted}>
          {t('escalations.close.conflict')}
        </p>
      ) : error !== null ? (
        <ActionError error={error} onRetry={send} />
      ) : null}
      <div className={formStyles.buttons}>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('escalations.close.sending') : t('escalations.close.submit')}
        </Button>
        <Button onClick={onCancel}>{t('supervisionActions.cancel')}</Button>
      </div>
    </form>
  )
}
