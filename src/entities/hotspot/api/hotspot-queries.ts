import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { QueryParams } from '@/shared/api/operation-params'
import { hotspotsSchema } from '@/shared/api/validators.gen'

export type HotspotParams = QueryParams<'getHotspots'>

export const hotspotQueryKeys = {
  all: ['hotspots'] as const,
  list: (params: HotspotParams) => [...hotspotQueryKeys.all, params] as const,
}

/** `GET /hotspots`: category and district pairs that stand out against their baseline. */
export function hotspotsQueryOptions(params: HotspotParams) {
  return queryOptions({
    queryKey: hotspotQueryKeys.list(params),
    queryFn: ({ signal }) => apiFetch('/hotspots', { query: params, schema: hotspotsSchema, signal }),
  })
}
