import { useMutation } from '@tanstack/react-query'
import { useId, useRef, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { activatePlanMutationOptions, type PlanActivation } from '@/entities/alert/api/alert-mutations'
import type { RefusedField } from '@/shared/api/action-error'
import { planCodeSchema } from '@/shared/api/validators/plan-code.gen'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { Button } from '@/shared/ui/button/button'
import { SelectField } from '@/shared/ui/select-field/select-field'
import { ActionError } from '@/shared/ui/action-form/action-error'
import { chinaTimestampOf } from './alert-steps'
import styles from '@/shared/ui/action-form/action-form.module.css'

type PlanCode = PlanActivation['plan']
const planCodes = planCodeSchema.options as readonly PlanCode[]

interface PlanFormProps {
  alertId: string
  onDone: (message: string) => void
  onCancel: () => void
}

/**
 * Activating a response plan: its kind, its lead (负责人), when it starts (China time; empty is
 * now) and a note. What was typed stays when the API refuses, so the director can fix and resend.
 */
export function PlanForm({ alertId, onDone, onCancel }: PlanFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const intent = useActionIntent()
  const [plan, setPlan] = useState<PlanCode>('taskForce')
  const [lead, setLead] = useState('')
  const [startsAt, setStartsAt] = useState('')
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState<string | null>(null)
  const activate = useMutation(activatePlanMutationOptions(alertId))
  const leadRef = useRef<HTMLInputElement>(null)

  const send = () => {
    if (lead.trim() === '') {
      setMissing(t('alertLifecycle.actions.leadMissing'))
      leadRef.current?.focus()
      return
    }
    setMissing(null)
    const start = chinaTimestampOf(startsAt)
    const body: PlanActivation = {
      plan,
      lead: lead.trim(),
      ...(start === null ? {} : { startsAt: start }),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    }
    activate.mutate({ body, intent }, { onSuccess: () => onDone(t('alertLifecycle.actions.activated')) })
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!activate.isPending) send()
  }
  const fieldMessage = (field: RefusedField) => {
    if (field.parameter === '/startsAt') return t('alertLifecycle.actions.fieldStartsAt')
    if (field.parameter === '/lead') return t('alertLifecycle.actions.fieldLead')
    return undefined
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h4 id={`${id}-title`} className={styles.formTitle}>
        {t('alertLifecycle.actions.planForm')}
      </h4>
      <SelectField
        label={t('alertLifecycle.actions.planCode')}
        value={plan}
        options={planCodes.map((code) => ({ value: code, label: t(`alertLifecycle.plan.code.${code}`) }))}
        onChange={setPlan}
      />
      <div className={styles.field}>
        <label htmlFor={`${id}-lead`} className={styles.label}>
          {t('alertLifecycle.actions.lead')}
        </label>
        <input
          ref={leadRef}
          id={`${id}-lead`}
          className={styles.textarea}
          style={{ minHeight: 0 }}
          value={lead}
          maxLength={50}
          required
          autoComplete="name"
          aria-invalid={missing !== null ? true : undefined}
          aria-describedby={`${id}-lead-hint`}
          onChange={(event) => setLead(event.target.value)}
        />
        <p id={`${id}-lead-hint`} className={styles.hint}>
          {t('alertLifecycle.actions.leadHint')}
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-start`} className={styles.label}>
          {t('alertLifecycle.actions.startsAt')}
        </label>
        <input
          id={`${id}-start`}
          type="datetime-local"
          className={styles.textarea}
          style={{ minHeight: 0 }}
          value={startsAt}
          aria-describedby={`${id}-start-hint`}
          onChange={(event) => setStartsAt(event.target.value)}
        />
        <p id={`${id}-start-hint`} className={styles.hint}>
          {t('alertLifecycle.actions.startsAtHint')}
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-note`} className={styles.label}>
          {t('alertLifecycle.actions.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className={styles.textarea}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {missing ? (
        <p role="alert" className={styles.error}>
          {missing}
        </p>
      ) : null}
      {activate.isError ? (
        <ActionError error={activate.error} onRetry={send} fieldMessage={fieldMessage} />
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" disabled={activate.isPending}>
          {activate.isPending ? t('alertLifecycle.actions.activating') : t('alertLifecycle.actions.activate')}
        </Button>
        <Button onClick={onCancel}>{t('alertLifecycle.actions.cancel')}</Button>
      </div>
    </form>
  )
}
