import { infiniteQueryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { nextPageParam, type ListParams } from '@/shared/api/operation-params'
import { escalationPageSchema } from '@/shared/api/validators.gen'

export type EscalationListParams = ListParams<'listEscalations'>

/** Query keys of supervisions (督办); opening, updating or closing one invalidates `all`. */
export const escalationQueryKeys = {
  all: ['escalations'] as const,
  lists: () => [...escalationQueryKeys.all, 'list'] as const,
  list: (params: EscalationListParams) => [...escalationQueryKeys.lists(), params] as const,
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
