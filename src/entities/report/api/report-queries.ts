import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { PathParams } from '@/shared/api/operation-params'
import { reportPublicationListSchema, reportSchema } from '@/shared/api/validators.gen'

export type ReportType = PathParams<'getReport'>['reportType']
export type ReportPeriodCode = PathParams<'getReport'>['period']

/** Query keys of the periodic reports; publishing one invalidates its own key (and `all`). */
export const reportQueryKeys = {
  all: ['reports'] as const,
  ofType: (type: ReportType) => [...reportQueryKeys.all, type] as const,
  report: (type: ReportType, period: ReportPeriodCode) => [...reportQueryKeys.ofType(type), period] as const,
}

/** `GET /reports/{reportType}/{period}`: a daily, monthly or quarterly analysis and its publication. */
export function reportQueryOptions(type: ReportType, period: ReportPeriodCode) {
  return queryOptions({
    queryKey: reportQueryKeys.report(type, period),
    queryFn: ({ signal }) =>
      apiFetch(`/reports/${encodeURIComponent(type)}/${encodeURIComponent(period)}`, {
        schema: reportSchema,
        signal,
      }),
  })
}

/** `GET /reports/{reportType}`: the recent periods of a type, with each one's publication and deadline. */
export function reportPublicationsQueryOptions(type: ReportType) {
  return queryOptions({
    queryKey: [...reportQueryKeys.ofType(type), 'publications'] as const,
    queryFn: ({ signal }) =>
      apiFetch(`/reports/${encodeURIComponent(type)}`, { schema: reportPublicationListSchema, signal }),
  })
}
