import { useTranslation } from 'react-i18next'
import { actionErrorOf, describeActionError, type RefusedField } from '@/shared/api/action-error'
import { Button } from '@/shared/ui/button/button'
import styles from './action-form.module.css'

interface ActionErrorProps {
  error: unknown
  /** Sends the same request again (same intent, so the same Idempotency-Key). */
  onRetry: () => void
  /** Names a field the API refused, in the form's words. */
  fieldMessage?: (field: RefusedField) => string | undefined
}

/** An action's failure, said plainly, with a retry where trying again can help. */
export function ActionError({ error, onRetry, fieldMessage }: ActionErrorProps) {
  const { t } = useTranslation()
  const { retryable } = actionErrorOf(error)
  return (
    <p role="alert" className={styles.error}>
      {describeActionError(error, t, fieldMessage)}{' '}
      {retryable ? <Button onClick={onRetry}>{t('action.retry')}</Button> : null}
    </p>
  )
}
