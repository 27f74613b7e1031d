import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { acknowledgeAlertMutationOptions } from '@/entities/alert/api/alert-mutations'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { Button } from '@/shared/ui/button/button'
import { ActionError } from '@/shared/ui/action-form/action-error'
import styles from './alert-lifecycle.module.css'

/** Acknowledging needs no form: one press, the same intent for a retry; a refusal shows beside it. */
export function AcknowledgeButton({
  alertId,
  onDone,
}: {
  alertId: string
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const intent = useActionIntent()
  const acknowledge = useMutation(acknowledgeAlertMutationOptions(alertId))
  const send = () => {
    acknowledge.mutate(
      { body: {}, intent },
      { onSuccess: () => onDone(t('alertLifecycle.actions.acknowledged')) },
    )
  }
  return (
    <>
      <Button variant="primary" onClick={send} disabled={acknowledge.isPending}>
        {acknowledge.isPending
          ? t('alertLifecycle.actions.acknowledging')
          : t('alertLifecycle.actions.acknowledge')}
      </Button>
      {acknowledge.isError ? (
        <div className={styles.fullRow}>
          <ActionError error={acknowledge.error} onRetry={send} />
        </div>
      ) : null}
    </>
  )
}
