import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import type { PathParams, QueryParams } from '@/shared/api/operation-params'
import {
  breakdownSchema,
  kpiSummarySchema,
  sixTimelySchema,
  timeseriesSchema,
} from '@/shared/api/validators.gen'

export type KpiSummaryParams = QueryParams<'getKpiSummary'>
export type SixTimelyParams = QueryParams<'getSixTimely'>
export type KpiTimeseriesParams = QueryParams<'getKpiTimeseries'>
export type BreakdownDimension = PathParams<'getBreakdown'>['dimension']
export type BreakdownParams = QueryParams<'getBreakdown'>

/**
 * Query keys of the key figures: everything under `['kpis']`, so that an action that changes
 * figures (a reminder, a decision) invalidates them all by that prefix. A key holds the request's
 * parameters only, never a clock reading: the server's `asOf` says when figures were computed.
 */
export const kpiQueryKeys = {
  all: ['kpis'] as const,
  summary: (params: KpiSummaryParams) => [...kpiQueryKeys.all, 'summary', params] as const,
  sixTimely: (params: SixTimelyParams) => [...kpiQueryKeys.all, 'six-timely', params] as const,
  timeseries: (params: KpiTimeseriesParams) => [...kpiQueryKeys.all, 'timeseries', params] as const,
  breakdown: (dimension: BreakdownDimension, params: BreakdownParams) =>
    [...kpiQueryKeys.all, 'breakdown', dimension, params] as const,
}

/** `GET /kpis/summary`: the figures supervisors read, for a period and filters. */
export function kpiSummaryQueryOptions(params: KpiSummaryParams) {
  return queryOptions({
    queryKey: kpiQueryKeys.summary(params),
    queryFn: ({ signal }) => apiFetch('/kpis/summary', { query: params, schema: kpiSummarySchema, signal }),
  })
}

/** `GET /kpis/six-timely`: the six timely rates (a proposal of ours, see the spec). */
export function sixTimelyQueryOptions(params: SixTimelyParams) {
  return queryOptions({
    queryKey: kpiQueryKeys.sixTimely(params),
    queryFn: ({ signal }) => apiFetch('/kpis/six-timely', { query: params, schema: sixTimelySchema, signal }),
  })
}

/** `GET /kpis/timeseries`: one figure by day, week or month, optionally split. */
export function kpiTimeseriesQueryOptions(params: KpiTimeseriesParams) {
  return queryOptions({
    queryKey: kpiQueryKeys.timeseries(params),
    queryFn: ({ signal }) =>
      apiFetch('/kpis/timeseries', { query: params, schema: timeseriesSchema, signal }),
  })
}

/** `GET /breakdowns/{dimension}`: one figure ranked by channel, kind, category, district or unit. */
export function breakdownQueryOptions(dimension: BreakdownDimension, params: BreakdownParams) {
  return queryOptions({
    queryKey: kpiQueryKeys.breakdown(dimension, params),
    queryFn: ({ signal }) =>
      apiFetch(`/breakdowns/${encodeURIComponent(dimension)}`, {
        query: params,
        schema: breakdownSchema,
        signal,
      }),
  })
}
