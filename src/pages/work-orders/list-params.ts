import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'

/** Rows per request: the table asks for the next page as the reader scrolls near the end. */
export const listPageSize = 100

/**
 * The page's URL filters (the route's search schema, src/app/search/work-orders-search.ts): the
 * API's names, except `q` for `keyword` and `ca` for `consumerAssociation`, short in a URL.
 */
export type WorkOrderFilters = OrUndefined<
  Omit<WorkOrderListParams, 'keyword' | 'consumerAssociation' | 'limit'> & {
    q?: string
    ca?: boolean
  }
>

// The route's schema turns a malformed value into `undefined`, so a member may be present and empty.
type OrUndefined<T> = { [K in keyof T]?: T[K] | undefined }

/**
 * The API's list parameters for the URL's filters, one to one. Absent filters stay absent (no
 * `undefined` members), so a view has one query key however its link was written.
 */
export function listParams(filters: WorkOrderFilters): WorkOrderListParams {
  const { q, ca, ...same } = filters
  const all = { ...same, keyword: q, consumerAssociation: ca, limit: listPageSize }
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined))
}

/**
 * The deadline wave's filters: the list's, without its state, received period, figure, order,
 * alert and due days (the wave is about open items' coming deadlines, whatever the list shows, and its cells
 * are the due days).
 */
export function waveFilters(filters: WorkOrderFilters): WorkOrderFilters {
  const {
    status: _status,
    from: _from,
    to: _to,
    metric: _metric,
    outcome: _outcome,
    sort: _sort,
    dueFrom: _dueFrom,
    dueTo: _dueTo,
    alert: _alert,
    ...scope
  } = filters
  return scope
}

/** The wave's request scope: its filters as the API names them, without a page size. */
export function waveScope(filters: WorkOrderFilters): WorkOrderListParams {
  const { limit: _limit, ...scope } = listParams(waveFilters(filters))
  return scope
}
