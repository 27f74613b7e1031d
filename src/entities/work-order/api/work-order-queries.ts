import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { fetchEveryPage } from '@/shared/api/every-page'
import { nextPageParam, type ListParams, type PathParams } from '@/shared/api/operation-params'
import { workOrderDetailSchema, workOrderPageSchema } from '@/shared/api/validators.gen'

export type WorkOrderListParams = ListParams<'listWorkOrders'>
export type WorkOrderId = PathParams<'getWorkOrder'>['id']

/**
 * Query keys of work orders, by prefix: `all` (anything about work orders, e.g. after a reminder),
 * `lists` (every list, whatever its filters) and `details`. Keys hold parameters only.
 */
export const workOrderQueryKeys = {
  all: ['work-orders'] as const,
  lists: () => [...workOrderQueryKeys.all, 'list'] as const,
  list: (params: WorkOrderListParams) => [...workOrderQueryKeys.lists(), params] as const,
  every: (params: WorkOrderListParams) => [...workOrderQueryKeys.lists(), 'every', params] as const,
  details: () => [...workOrderQueryKeys.all, 'detail'] as const,
  detail: (id: WorkOrderId) => [...workOrderQueryKeys.details(), id] as const,
}

/**
 * `GET /work-orders`, page by page (`nextCursor`). Each cursor keeps the first page's `asOf`, so
 * the pages of one list agree with each other while the world moves on; `total` is every match.
 */
export function workOrdersInfiniteQueryOptions(params: WorkOrderListParams = {}) {
  return infiniteQueryOptions({
    queryKey: workOrderQueryKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/work-orders', {
        query: { ...params, cursor: pageParam },
        schema: workOrderPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}

/**
 * How many work orders match `params`: `GET /work-orders` for one row, read for its `total`. The
 * state tabs show these beside their names.
 */
export function workOrderCountQueryOptions(params: WorkOrderListParams) {
  return queryOptions({
    queryKey: [...workOrderQueryKeys.lists(), 'count', params] as const,
    queryFn: ({ signal }) =>
      apiFetch('/work-orders', { query: { ...params, limit: 1 }, schema: workOrderPageSchema, signal }),
    select: (page) => page.total,
  })
}

/**
 * `GET /work-orders` read to its end, for a short list a page joins with something else (the
 * items under supervision, beside their supervisions). Not for the open list: use the pages.
 */
export function everyWorkOrderQueryOptions(params: Omit<WorkOrderListParams, 'limit'>) {
  return queryOptions({
    queryKey: workOrderQueryKeys.every(params),
    queryFn: ({ signal }) =>
      fetchEveryPage((cursor) =>
        apiFetch('/work-orders', {
          query: { ...params, limit: 500, cursor },
          schema: workOrderPageSchema,
          signal,
        }),
      ),
  })
}

/** `GET /work-orders/{id}`: one item with its closed-loop timeline. */
export function workOrderQueryOptions(id: WorkOrderId) {
  return queryOptions({
    queryKey: workOrderQueryKeys.detail(id),
    queryFn: ({ signal }) =>
      apiFetch(`/work-orders/${encodeURIComponent(id)}`, { schema: workOrderDetailSchema, signal }),
  })
}
