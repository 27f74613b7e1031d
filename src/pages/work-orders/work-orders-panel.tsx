import { useInfiniteQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  workOrdersInfiniteQueryOptions,
  type WorkOrderListParams,
} from '@/entities/work-order/api/work-order-queries'
import { isApiError } from '@/shared/api/api-error'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount, formatMoneyFen } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { WorkOrdersTable } from './work-orders-table'
import styles from './work-orders-panel.module.css'

interface WorkOrdersPanelProps {
  params: WorkOrderListParams
  unitNames: ReadonlyMap<string, string>
}

/**
 * `GET /work-orders` for the URL's filters: the total (which equals the figure the user drilled
 * down from) and the first page of rows. Later pages come with issue 5's infinite scroll.
 */
export function WorkOrdersPanel({ params, unitNames }: WorkOrdersPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useInfiniteQuery({ ...workOrdersInfiniteQueryOptions(params), ...usePolling() })
  const error = useForbiddenExplained(query.error)

  return (
    <PanelFrame
      title={t('workOrders.list.title')}
      query={{
        data: query.data,
        error,
        status: query.status,
        isFetching: query.isFetching,
        dataUpdatedAt: query.dataUpdatedAt,
        errorUpdatedAt: query.errorUpdatedAt,
        refetch: query.refetch,
      }}
      isEmpty={(data) => (data.pages[0]?.total ?? 0) === 0}
      emptyMessage={t('workOrders.list.empty')}
    >
      {(data) => {
        const page = data.pages[0]
        if (!page) return null
        const total = formatCount(page.total, locale)
        return (
          <>
            <p className={styles.total}>
              <span>{t('workOrders.list.total', { total })}</span>
              {params.metric === 'recovered' ? (
                <span>
                  {t('workOrders.list.recovered', { amount: formatMoneyFen(page.recoveredFen, locale) })}
                </span>
              ) : null}
            </p>
            {page.total > page.items.length ? (
              <p className={styles.partial}>
                {t('workOrders.list.partial', { shown: formatCount(page.items.length, locale), total })}
              </p>
            ) : null}
            <WorkOrdersTable rows={page.items} unitNames={unitNames} />
          </>
        )
      }}
    </PanelFrame>
  )
}

/**
 * A 403 here means the account may not see these items (staff asking for another unit): say so
 * in the user's words, keeping the API's own detail after it.
 */
function useForbiddenExplained(error: unknown): unknown {
  const { t } = useTranslation()
  return useMemo(() => {
    if (!isApiError(error) || error.status !== 403) return error
    const detail = error.problem?.detail ?? error.problem?.title ?? ''
    return new Error(t('workOrders.list.forbidden', { detail }).trim())
  }, [error, t])
}
