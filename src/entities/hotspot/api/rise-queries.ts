import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { PathParams, QueryParams } from '@/shared/api/operation-params'
import { risesSchema } from '@/shared/api/validators.gen'

export type RiseDimension = PathParams<'getRises'>['dimension']
export type RiseParams = QueryParams<'getRises'>

export const riseDimensions = [
  'category',
  'district',
  'unit',
  'business',
] as const satisfies readonly RiseDimension[]

export const riseQueryKeys = {
  all: ['rises'] as const,
  list: (dimension: RiseDimension, params: RiseParams) => [...riseQueryKeys.all, dimension, params] as const,
}

/** `GET /rises/{dimension}`: weekly counts against their holiday-aware baseline, ranked. */
export function risesQueryOptions(dimension: RiseDimension, params: RiseParams) {
  return queryOptions({
    queryKey: riseQueryKeys.list(dimension, params),
    queryFn: ({ signal }) => apiFetch(`/rises/${dimension}`, { query: params, schema: risesSchema, signal }),
  })
}
