import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { workOrderQueryOptions } from '@/entities/work-order/api/work-order-queries'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { isApiError } from '@/shared/api/api-error'
import { describeApiError } from '@/shared/api/describe-api-error'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { Button } from '@/shared/ui/button/button'
import { ContactCard } from './contact-card'
import { DeadlineEvents } from './deadline-events'
import { DetailFacts } from './detail-facts'
import { FollowUpActions } from './follow-up-actions'
import { FollowUpHistory } from './follow-up-history'
import { OutcomeFacts } from './outcome-facts'
import { StageTimeline } from './stage-timeline'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import styles from './detail.module.css'

interface DetailBodyProps {
  id: string
  listSearch: WorkOrderListSearch
  onClose: () => void
}

/**
 * `GET /work-orders/{id}` and its states: loading; not found (also a malformed id, which the API
 * refuses with 400: to the user it is the same "no such order"); another unit's order (403),
 * said plainly; any other failure with a retry; and the order itself, kept on screen, marked,
 * when a later refresh fails.
 */
export function DetailBody({ id, listSearch, onClose }: DetailBodyProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useQuery({ ...workOrderQueryOptions(id), ...usePolling() })
  const unitNames = useUnitNames()

  if (query.data === undefined) {
    if (query.status === 'pending') {
      return (
        <p role="status" className={styles.loading}>
          {t('workOrderDetail.loading')}
        </p>
      )
    }
    const status = isApiError(query.error) ? query.error.status : undefined
    if (status === 404 || status === 400) {
      return (
        <Problem title={t('workOrderDetail.notFound.title')} listSearch={listSearch} onClose={onClose}>
          {t('workOrderDetail.notFound.body', { id })}
        </Problem>
      )
    }
    if (status === 403) {
      return (
        <Problem title={t('workOrderDetail.forbidden.title')} listSearch={listSearch} onClose={onClose}>
          {t('workOrderDetail.forbidden.body')}
        </Problem>
      )
    }
    return (
      <Problem title={t('workOrderDetail.failed.title')} listSearch={listSearch} onClose={onClose} alert>
        {describeApiError(query.error, t)}{' '}
        <Button onClick={() => void query.refetch()}>{t('workOrderDetail.retry')}</Button>
      </Problem>
    )
  }

  const detail = query.data
  return (
    <>
      {query.status === 'error' ? (
        <p role="alert" className={styles.staleNote}>
          <span aria-hidden="true">⚠ </span>
          {describeApiError(query.error, t)}{' '}
          <Button onClick={() => void query.refetch()}>{t('workOrderDetail.retry')}</Button>
        </p>
      ) : null}
      <p className={styles.asOf}>
        {t('workOrderDetail.asOf', { time: formatChinaDateTime(detail.asOf, locale) })}
      </p>
      <ErrorBoundary
        resetKeys={[query.dataUpdatedAt]}
        fallbackRender={() => <p role="alert">{t('panel.renderError')}</p>}
      >
        <DetailFacts detail={detail} unitNames={unitNames} />
        {/* Keyed: what was typed for one order must never be sent for the next one. */}
        <FollowUpActions key={`actions-${detail.id}`} detail={detail} />
        <StageTimeline detail={detail} />
        <DeadlineEvents events={detail.events} unitNames={unitNames} />
        <FollowUpHistory
          reminders={detail.reminders}
          supervisions={detail.supervisions}
          unitNames={unitNames}
        />
        <OutcomeFacts detail={detail} />
        {/* Keyed: a contact revealed for one order must never show on the next one. */}
        <ContactCard key={detail.id} id={detail.id} contact={detail.contact} />
      </ErrorBoundary>
    </>
  )
}

interface ProblemProps {
  title: string
  listSearch: WorkOrderListSearch
  onClose: () => void
  /** An unexpected failure is announced; a plain answer (not found, not yours) is just shown. */
  alert?: boolean
  children: ReactNode
}

function Problem({ title, listSearch, onClose, alert = false, children }: ProblemProps) {
  const { t } = useTranslation()
  // A real link (it can be opened in a new tab), which closes the drawer like Close does.
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onClose()
  }
  return (
    <section className={styles.problem} role={alert ? 'alert' : undefined} aria-label={title}>
      <h3 className={styles.problemTitle}>{title}</h3>
      <p className={styles.freeText}>{children}</p>
      <p>
        <Link to="/work-orders" search={listSearch} onClick={back}>
          {t('workOrderDetail.backToList')}
        </Link>
      </p>
    </section>
  )
}
