import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { unitListSchema } from '@/shared/api/validators.gen'

export const unitQueryKeys = {
  all: ['units'] as const,
}

/** `GET /units`: the handling units and their names (reference data, rarely changed). */
export function unitsQueryOptions() {
  return queryOptions({
    queryKey: unitQueryKeys.all,
    queryFn: ({ signal }) => apiFetch('/units', { schema: unitListSchema, signal }),
    staleTime: 60 * 60_000,
  })
}
