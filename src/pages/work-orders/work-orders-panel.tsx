import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  workOrdersInfiniteQueryOptions,
  type WorkOrderListParams,
} from '@/entities/work-order/api/work-order-queries'
import { meQueryOptions } from '@/entities/session/me-query'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { BulkRemind, chosenAmong, useBulkRemindRun, useBulkSelection } from '@/features/bulk-remind'
import { ExportWorkOrdersButton } from '@/features/work-order-export/export-work-orders-button'
import { WorkOrderTable } from '@/features/work-order-table/work-order-table'
import { isApiError } from '@/shared/api/api-error'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount, formatMoneyFen } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import styles from './work-orders-panel.module.css'

interface WorkOrdersPanelProps {
  params: WorkOrderListParams
  /** The URL's search, which the table's sorting and row links keep. */
  search: WorkOrderListSearch
  unitNames: ReadonlyMap<string, string>
}

/**
 * `GET /work-orders` for the URL's filters: the total (which equals the figure the user drilled
 * down from) and the rows, page after page as the table scrolls.
 */
export function WorkOrdersPanel({ params, search, unitNames }: WorkOrdersPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useInfiniteQuery({ ...workOrdersInfiniteQueryOptions(params), ...usePolling() })
  const error = useForbiddenExplained(query.error)
  const { fetchNextPage } = query
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])
  // Choosing rows is offered only to who may remind (`/me`): the API would refuse anyone else.
  const me = useQuery(meQueryOptions())
  const mayRemind = me.data?.permissions.includes('remind') === true
  const selection = useBulkSelection(selectionScope(params))
  // Here, not in the panel's content: a run outlives the list loading again under it.
  const bulkRun = useBulkRemindRun()

  return (
    <PanelFrame
      title={t('workOrders.list.title')}
      actions={<ExportWorkOrdersButton params={params} unitNames={unitNames} />}
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
        const rows = data.pages.flatMap((p) => p.items)
        const chosen = mayRemind ? chosenAmong(selection.selected, rows) : []
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
            <WorkOrderTable
              rows={rows}
              total={page.total}
              unitNames={unitNames}
              search={search}
              hasMore={query.hasNextPage}
              isLoadingMore={query.isFetchingNextPage}
              loadMore={loadMore}
              selection={mayRemind ? selection : undefined}
            />
            {mayRemind ? (
              <BulkRemind
                chosen={chosen}
                capped={selection.capped}
                onClear={selection.clear}
                onReminded={selection.remove}
                bulk={bulkRun}
              />
            ) : null}
          </>
        )
      }}
    </PanelFrame>
  )
}

/**
 * What a choice of rows belongs to: the filters, whatever order the URL wrote them in; not the
 * order of the rows (sorting shows the same items) nor the page size.
 */
function selectionScope({ sort: _sort, limit: _limit, ...filters }: WorkOrderListParams): string {
  return JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)))
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
