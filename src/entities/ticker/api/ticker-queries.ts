import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { QueryParams } from '@/shared/api/operation-params'
import { tickerSchema } from '@/shared/api/validators.gen'

export type TickerParams = QueryParams<'getTicker'>

export const tickerQueryKeys = {
  all: ['ticker'] as const,
  latest: (params: TickerParams) => [...tickerQueryKeys.all, params] as const,
}

/** `GET /ticker`: the latest items, masked (codes and times only), for the wall display. */
export function tickerQueryOptions(params: TickerParams = {}) {
  return queryOptions({
    queryKey: tickerQueryKeys.latest(params),
    queryFn: ({ signal }) => apiFetch('/ticker', { query: params, schema: tickerSchema, signal }),
  })
}
