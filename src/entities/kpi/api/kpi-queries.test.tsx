import { server } from '@mocks/node'
import { hashKey, useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { isApiError } from '@/shared/api/api-error'
import { describeApiError } from '@/shared/api/describe-api-error'
import { createI18n } from '@/shared/i18n/i18n'
import {
  breakdownQueryOptions,
  kpiQueryKeys,
  kpiSummaryQueryOptions,
  kpiTimeseriesQueryOptions,
  sixTimelyQueryOptions,
} from './kpi-queries'

const october = { from: '2026-10-01', to: '2026-10-31' } as const

beforeEach(() => signInAs('director'))

describe('KPI query options', () => {
  it('reads the summary of a period, validated', { timeout: 20_000 }, async () => {
    const { result } = renderQuery(() =>
      useQuery(kpiSummaryQueryOptions({ ...october, compare: 'previous' })),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const summary = result.current.data!
    expect(summary.period).toEqual(october)
    const { total, complaints, reports, consultations } = summary.received
    expect(total).toBe(complaints + reports + consultations)
    expect(summary.comparison?.basis).toBe('previous')
  })

  it('reads the six timely rates, the time series and a breakdown', async () => {
    const { result } = renderQuery(() => ({
      sixTimely: useQuery(sixTimelyQueryOptions(october)),
      series: useQuery(kpiTimeseriesQueryOptions({ ...october, metric: 'received', interval: 'week' })),
      byDistrict: useQuery(breakdownQueryOptions('district', { ...october, metric: 'received' })),
    }))
    await waitFor(
      () => expect(Object.values(result.current).every((query) => query.isSuccess)).toBe(true),
      patiently,
    )
    expect(result.current.sixTimely.data?.items.map((item) => item.code)).toEqual([
      'acceptance',
      'dispatch',
      'handling',
      'supervision',
      'reply',
      'analysis',
    ])
    expect(result.current.series.data?.series.map((series) => series.key)).toEqual(['total'])
    const rows = result.current.byDistrict.data?.rows ?? []
    expect(rows.length).toBeGreaterThan(0)
    expect(rows[0]?.rank).toBe(1)
  })

  it('keys queries by their parameters only, under one prefix for invalidation', async () => {
    const a = kpiSummaryQueryOptions({ from: '2026-10-01', to: '2026-10-31', kind: 'complaint' })
    const b = kpiSummaryQueryOptions({ kind: 'complaint', to: '2026-10-31', from: '2026-10-01' })
    expect(hashKey(a.queryKey)).toBe(hashKey(b.queryKey))
    expect(hashKey(a.queryKey)).not.toBe(hashKey(kpiSummaryQueryOptions(october).queryKey))
    expect(breakdownQueryOptions('unit', { ...october, metric: 'closure' }).queryKey.slice(0, 3)).toEqual([
      'kpis',
      'breakdown',
      'unit',
    ])

    const { result, queryClient } = renderQuery(() => useQuery(kpiSummaryQueryOptions(october)))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    await queryClient.invalidateQueries({ queryKey: kpiQueryKeys.all, refetchType: 'none' })
    expect(queryClient.getQueryState(kpiQueryKeys.summary(october))?.isInvalidated).toBe(true)
  })

  it('turns an answer of the wrong shape into a validation error that names the field', async () => {
    server.use(
      http.get('*/api/v1/kpis/summary', () =>
        HttpResponse.json({ asOf: '2026-11-28T20:00:00+08:00', period: october, received: { total: '12' } }),
      ),
    )
    const { result } = renderQuery(() => useQuery(kpiSummaryQueryOptions(october)))
    await waitFor(() => expect(result.current.isError).toBe(true), patiently)
    const error = result.current.error
    expect(isApiError(error) && error.kind).toBe('validation')
    expect(isApiError(error) && error.issues).toEqual(
      expect.arrayContaining([
        'received.total: number expected, got string',
        'received.complaints: missing (number expected)',
        'initialCheck: missing (object expected)',
      ]),
    )
    expect(describeApiError(error, createI18n('en').t)).toMatch(
      /received\.total: number expected, got string/,
    )
  })
})
