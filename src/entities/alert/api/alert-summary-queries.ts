import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { ListParams } from '@/shared/api/operation-params'
import { alertSummaryPageSchema } from '@/shared/api/validators.gen'
import { alertQueryKeys } from './alert-queries'

export type AlertSummaryParams = ListParams<'listAlertSummaries'>

/** Under the alerts' keys: acknowledging an alert or activating a plan refreshes these too. */
export const alertSummaryQueryKeys = {
  all: [...alertQueryKeys.all, 'summaries'] as const,
  list: (params: AlertSummaryParams) => [...alertSummaryQueryKeys.all, params] as const,
}

/**
 * `GET /alert-summaries`, the first page: the alerts without anything identifying, newest first
 * (the wall display's view). The validator keeps the contract's fields only: a withheld field
 * (a work-order id, a name, a note) that a server sent by mistake never reaches the screen.
 */
export function alertSummariesQueryOptions(params: AlertSummaryParams = {}) {
  return queryOptions({
    queryKey: alertSummaryQueryKeys.list(params),
    queryFn: ({ signal }) =>
      apiFetch('/alert-summaries', { query: params, schema: alertSummaryPageSchema, signal }),
  })
}
