import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { QueryParams } from '@/shared/api/operation-params'
import { dutyRosterSchema } from '@/shared/api/validators.gen'

export type DutyRosterParams = QueryParams<'getDutyRoster'>

export const dutyRosterQueryKeys = {
  all: ['duty-roster'] as const,
  period: (params: DutyRosterParams) => [...dutyRosterQueryKeys.all, params] as const,
}

/** `GET /duty-roster`: who is on duty each day of a period (at most 62 days). */
export function dutyRosterQueryOptions(params: DutyRosterParams) {
  return queryOptions({
    queryKey: dutyRosterQueryKeys.period(params),
    queryFn: ({ signal }) => apiFetch('/duty-roster', { query: params, schema: dutyRosterSchema, signal }),
  })
}
