import { useMutation } from '@tanstack/react-query'
import { useId, useRef, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  decisionMutationOptions,
  type DecisionQueue,
  type Verdict,
} from '@/entities/decision/api/decision-mutations'
import { ActionError } from '@/shared/ui/action-form/action-error'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { useDraft, clearDraft } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'
import { SelectField } from '@/shared/ui/select-field/select-field'
import styles from '@/shared/ui/action-form/action-form.module.css'

export type { Verdict }

interface DecisionFormProps {
  queue: DecisionQueue
  verdict: Verdict
  /** The request's or the return's id. */
  id: string
  /** A return's unit: it may not get the item back. */
  returningUnit?: string
  unitNames: ReadonlyMap<string, string>
  onDone: () => void
  onCancel: () => void
}

const maxNote = 1000

/**
 * One decision on a request or a return: approving (a return names the unit it goes to) or
 * rejecting (a reason is required, as the API requires it). The note is a draft kept in memory,
 * so a session that ends mid-typing gives it back; a retry or a second click is the same intent.
 */
export function DecisionForm({
  queue,
  verdict,
  id,
  returningUnit,
  unitNames,
  onDone,
  onCancel,
}: DecisionFormProps) {
  const { t } = useTranslation()
  const formId = useId()
  const intent = useActionIntent()
  const draftKey = `decision:${queue}:${verdict}:${id}`
  const [note, setNote] = useDraft(draftKey)
  const [toUnit, setToUnit] = useState('')
  const [missing, setMissing] = useState<string | null>(null)
  const decision = useMutation(decisionMutationOptions(queue, verdict, id))
  const rejecting = verdict === 'reject'
  // Sent and not refused: the form stays until the queue has refreshed, and a second click in
  // that time (the answer is quick, the refresh is not) must not decide again.
  const sent = useRef(false)

  const send = () => {
    if (sent.current) return
    const trimmed = note.trim()
    if (rejecting && trimmed === '') {
      setMissing(t('approvals.rejectNoteMissing'))
      return
    }
    if (queue === 'returned-tickets' && verdict === 'approve' && toUnit === '') {
      setMissing(t('approvals.unitMissing'))
      return
    }
    setMissing(null)
    sent.current = true
    const noteBody = trimmed === '' ? {} : { note: trimmed }
    const body = queue === 'returned-tickets' && verdict === 'approve' ? { toUnit, ...noteBody } : noteBody
    decision.mutate(
      { body, intent },
      {
        onError: () => {
          sent.current = false
        },
        onSuccess: () => {
          clearDraft(draftKey)
          onDone()
        },
      },
    )
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!decision.isPending) send()
  }
  const units = [...unitNames]
    .filter(([code]) => code !== returningUnit)
    .sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))
    .map(([code, name]) => ({ value: code, label: name }))

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-label={t(`approvals.${verdict}`)} noValidate>
      {queue === 'returned-tickets' && verdict === 'approve' ? (
        <SelectField
          label={t('approvals.returns.toUnit')}
          value={toUnit}
          options={[{ value: '', label: t('approvals.returns.chooseUnit') }, ...units]}
          onChange={setToUnit}
        />
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${formId}-note`} className={styles.label}>
          {t(rejecting ? 'approvals.rejectNote' : 'approvals.note')}
        </label>
        <textarea
          id={`${formId}-note`}
          className={styles.textarea}
          value={note}
          maxLength={maxNote}
          required={rejecting}
          aria-invalid={missing !== null && rejecting ? true : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {missing ? (
        <p role="alert" className={styles.error}>
          {missing}
        </p>
      ) : null}
      {decision.isError ? <ActionError error={decision.error} onRetry={send} /> : null}
      <div className={styles.buttons}>
        <Button type="submit" variant="primary" disabled={decision.isPending || decision.isSuccess}>
          {decision.isPending
            ? t(rejecting ? 'approvals.rejecting' : 'approvals.approving')
            : t(`approvals.${verdict}`)}
        </Button>
        <Button
          onClick={() => {
            clearDraft(draftKey)
            onCancel()
          }}
        >
          {t('approvals.cancel')}
        </Button>
      </div>
    </form>
  )
}
