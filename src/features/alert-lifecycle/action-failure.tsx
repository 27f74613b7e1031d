import { useTranslation } from 'react-i18next'
import { actionErrorOf, describeActionError, type RefusedField } from '@/shared/api/action-error'
import { Button } from '@/shared/ui/button/button'
import styles from '@/shared/ui/action-form/action-form.module.css'

interface ActionFailureProps {
  error: unknown
  /** Sends the same request again (same intent, so the same Idempotency-Key). */
  onRetry: () => void
  fieldMessage?: (field: RefusedField) => string | undefined
}

/** An action's refusal said plainly where it was asked for, with a retry where that can help. */
export function ActionFailure({ error, onRetry, fieldMessage }: ActionFailureProps) {
  const { t } = useTranslation()
  const { retryable } = actionErrorOf(error)
  return (
    <p role="alert" className={styles.error}>
      {describeActionError(error, t, fieldMessage)}{' '}
      {retryable ? <Button onClick={onRetry}>{t('action.retry')}</Button> : null}
    </p>
  )
}
