import { infiniteQueryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { nextPageParam, type ListParams } from '@/shared/api/operation-params'
import { alertPageSchema } from '@/shared/api/validators.gen'

export type AlertListParams = ListParams<'listAlerts'>

/** Query keys of alerts; acknowledging one or activating a plan invalidates `all`. */
export const alertQueryKeys = {
  all: ['alerts'] as const,
  lists: () => [...alertQueryKeys.all, 'list'] as const,
  list: (params: AlertListParams) => [...alertQueryKeys.lists(), params] as const,
}

/** `GET /alerts`, page by page: yellow and red cards and spikes, newest first. */
export function alertsInfiniteQueryOptions(params: AlertListParams = {}) {
  return infiniteQueryOptions({
    queryKey: alertQueryKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/alerts', { query: { ...params, cursor: pageParam }, schema: alertPageSchema, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}
