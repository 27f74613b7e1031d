import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { fetchEveryPage } from '@/shared/api/every-page'
import { nextPageParam, type ListParams } from '@/shared/api/operation-params'
import { escalationPageSchema } from '@/shared/api/validators.gen'

export type EscalationListParams = ListParams<'listEscalations'>

/** Query keys of supervisions (督办); opening, updating or closing one invalidates `all`. */
export const escalationQueryKeys = {
  all: ['escalations'] as const,
  lists: () => [...escalationQueryKeys.all, 'list'] as const,
  list: (params: EscalationListParams) => [...escalationQueryKeys.lists(), params] as const,
  everyLists: () => [...escalationQueryKeys.lists(), 'every'] as const,
  every: (params: EscalationListParams) => [...escalationQueryKeys.everyLists(), params] as const,
}

/** `GET /escalations`, page by page: supervisions, newest first. */
export function escalationsInfiniteQueryOptions(params: EscalationListParams = {}) {
  return infiniteQueryOptions({
    queryKey: escalationQueryKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/escalations', {
        query: { ...params, cursor: pageParam },
        schema: escalationPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}

/**
 * `GET /escalations` read to its end: the escalations page groups and counts supervisions itself
 * (a city has hundreds, not tens of thousands), so it holds the whole list.
 */
export function everyEscalationQueryOptions(params: Omit<EscalationListParams, 'limit'> = {}) {
  return queryOptions({
    queryKey: escalationQueryKeys.every(params),
    queryFn: ({ signal }) =>
      fetchEveryPage((cursor) =>
        apiFetch('/escalations', {
          query: { ...params, limit: 500, cursor },
          schema: escalationPageSchema,
          signal,
        }),
      ),
  })
}
