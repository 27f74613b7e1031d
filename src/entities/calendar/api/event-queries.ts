import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { QueryParams } from '@/shared/api/operation-params'
import { eventListSchema } from '@/shared/api/validators.gen'

export type EventParams = QueryParams<'listEvents'>

export const eventQueryKeys = {
  all: ['events'] as const,
  list: (params: EventParams) => [...eventQueryKeys.all, params] as const,
}

/** `GET /events`: holidays, 3·15, shopping festivals, the beach season. Fixed dates: an hour is fresh. */
export function eventsQueryOptions(params: EventParams) {
  return queryOptions({
    queryKey: eventQueryKeys.list(params),
    queryFn: ({ signal }) => apiFetch('/events', { query: params, schema: eventListSchema, signal }),
    staleTime: 60 * 60_000,
  })
}
