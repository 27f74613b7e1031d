import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { publishReportMutationOptions } from '@/entities/report/api/report-mutations'
import type { Report } from '@/entities/report/model/report-figures'
import { meQueryOptions } from '@/entities/session/me-query'
import { actionErrorOf, describeActionError } from '@/shared/api/action-error'
import { useActionIntent } from '@/shared/api/use-action-intent'
import { Button } from '@/shared/ui/button/button'
import styles from './reports.module.css'

/**
 * Publishing the period's report: directors only, once the period is over. The request carries
 * the intent's Idempotency-Key, so a double click or a retry publishes once; a refusal (already
 * published, period not over) is said plainly and the report shown as it now stands.
 */
export function PublishPanel({ report, periodText }: { report: Report; periodText: string }) {
  const { t } = useTranslation()
  const me = useQuery(meQueryOptions())
  const mayPublish = me.data?.permissions.includes('publishReports') ?? false
  const intent = useActionIntent()
  const publish = useMutation(publishReportMutationOptions(report.type, report.period))
  if (report.status === 'published' && !publish.isSuccess) return null
  return (
    <div className={styles.publish}>
      {publish.isSuccess ? (
        <p role="status">{t('reports.publication.published', { period: periodText })}</p>
      ) : !mayPublish ? (
        <p className={styles.note}>{t('reports.publication.notDirector')}</p>
      ) : report.status === 'open' ? (
        <p className={styles.note}>{t('reports.publication.notOver')}</p>
      ) : (
        <Button variant="primary" disabled={publish.isPending} onClick={() => publish.mutate({ intent })}>
          {publish.isPending ? t('reports.publication.publishing') : t('reports.publication.publish')}
        </Button>
      )}
      {publish.isError ? (
        <p role="alert" className={styles.error}>
          {actionErrorOf(publish.error).failure === 'conflict'
            ? t('reports.publication.conflict')
            : describeActionError(publish.error, t)}
          {actionErrorOf(publish.error).retryable ? (
            <>
              {' '}
              <Button onClick={() => publish.mutate({ intent })}>{t('action.retry')}</Button>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
