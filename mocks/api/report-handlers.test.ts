// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { timelyAnalysis } from '../sim/report-publications'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')
const TEMPLATE = '/reports/{reportType}/{period}'
const PUBLISH = '/reports/{reportType}/{period}/publish'

interface Row {
  key: string
  rank: number
  value: number | null
}
interface ReportBody {
  status: string
  asOf: string
  publishedAt: string | null
  publishedBy: string | null
  onTime: boolean | null
  publicationDeadlineAt: string
  summary: { received: { total: number }; comparison: { period: { from: string; to: string } } | null }
  yearAgo: { period: { from: string; to: string }; received: { total: number } }
  sixTimely: { items: { code: string; numerator: number; denominator: number }[] }
  channels: Row[]
  kinds: Row[]
  topCategories: Row[]
  districts: Row[]
  units: Row[]
  bestUnits: Row[]
  worstUnits: Row[]
  hotspots: { keywords: unknown[] }[]
}

const state: ApiState = createApiState({ now: () => NOW })
beforeEach(() => state.deskRecords.clear())

async function as(role: 'director' | 'staff' | 'wall') {
  const api = deskTestApi(state)
  await api.signIn(role)
  return api
}

describe('GET /reports/{reportType}/{period}', () => {
  it("shows last month's published report with figures computed from the work orders", async () => {
    const api = await as('director')
    const report = (await expectMatchesSpec(
      'GET',
      TEMPLATE,
      200,
      await api.call('/reports/monthly/2026-10'),
    )) as ReportBody
    expect(report.status).toBe('published')
    // Frozen at its publication time.
    expect(report.asOf).toBe(report.publishedAt)
    expect(typeof report.onTime).toBe('boolean')
    expect(report.summary.received.total).toBe(
      state.simulator.listOrders({ from: '2026-10-01', to: '2026-10-31' }).length,
    )
    expect(report.summary.comparison?.period).toEqual({ from: '2026-09-01', to: '2026-09-30' })
    expect(report.yearAgo.period).toEqual({ from: '2025-10-01', to: '2025-10-31' })
    expect(report.yearAgo.received.total).toBe(
      state.simulator.listOrders({ from: '2025-10-01', to: '2025-10-31' }).length,
    )
    const sum = (rows: Row[]) => rows.reduce((total, row) => total + (row.value ?? 0), 0)
    expect(sum(report.channels)).toBe(report.summary.received.total)
    expect(sum(report.kinds)).toBe(report.summary.received.total)
    expect(sum(report.districts)).toBe(report.summary.received.total)
    expect(sum(report.units)).toBe(report.summary.received.total)
    expect(report.topCategories).toHaveLength(5)
    expect(report.topCategories.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5])
    expect(report.bestUnits[0]?.value ?? 0).toBeGreaterThanOrEqual(report.worstUnits[0]?.value ?? 1)
    const analysis = report.sixTimely.items.find((item) => item.code === 'analysis')
    const publishedAt = parseIsoInstant(report.asOf)
    expect(analysis).toMatchObject(
      timelyAnalysis(state.simulator.seed, state.simulator.timeLimits, state.deskRecords, publishedAt, {
        from: '2026-10-01',
        to: '2026-10-31',
      }),
    )
  })

  it('gives the wall aggregates without keywords, and staff the same report', async () => {
    const wall = (await expectMatchesSpec(
      'GET',
      TEMPLATE,
      200,
      await (await as('wall')).call('/reports/quarterly/2026-Q3'),
    )) as ReportBody
    for (const hotspot of wall.hotspots) expect(hotspot.keywords).toEqual([])
    await expectMatchesSpec('GET', TEMPLATE, 200, await (await as('staff')).call('/reports/daily/2026-11-27'))
  })

  it('names a bad type or period (400) and does not know a period not started (404)', async () => {
    const api = await as('director')
    for (const [path, parameter] of [
      ['/reports/weekly/2026-10', 'reportType'],
      ['/reports/monthly/2026-10-01', 'period'],
      ['/reports/daily/2026-02-30', 'period'],
      ['/reports/monthly/2026-10?lang=en', 'lang'],
    ] as const) {
      const problem = (await expectMatchesSpec('GET', TEMPLATE, 400, await api.call(path))) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
    await expectMatchesSpec('GET', TEMPLATE, 404, await api.call('/reports/daily/2026-11-29'))
    await expectMatchesSpec('GET', TEMPLATE, 404, await api.call('/reports/quarterly/2003-Q4'))
  })
})

describe('POST /reports/{reportType}/{period}/publish', () => {
  it("publishes yesterday's draft once, in time, and refuses a second publication", async () => {
    const api = await as('director')
    const draft = (await (await api.call('/reports/daily/2026-11-27')).json()) as ReportBody
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, onTime: null })
    const first = await api.post('/reports/daily/2026-11-27/publish', { key: 'publish-1-aaaa' })
    const published = (await expectMatchesSpec('POST', PUBLISH, 200, first)) as ReportBody
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-11-28T20:00:00+08:00',
      publishedBy: '王建国',
      onTime: true,
    })
    const replay = await api.post('/reports/daily/2026-11-27/publish', { key: 'publish-1-aaaa' })
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(state.deskRecords.allPublications()).toHaveLength(1)
    await expectMatchesSpec(
      'POST',
      PUBLISH,
      409,
      await api.post('/reports/daily/2026-11-27/publish', { key: 'publish-2-aaaa' }),
    )
    // A seeded past publication is published already, too.
    await expectMatchesSpec(
      'POST',
      PUBLISH,
      409,
      await api.post('/reports/monthly/2026-10/publish', { key: 'publish-3-aaaa' }),
    )
  })

  it('refuses a period not over (409), staff and the wall (403), a missing CSRF token (403)', async () => {
    const api = await as('director')
    await expectMatchesSpec(
      'POST',
      PUBLISH,
      409,
      await api.post('/reports/monthly/2026-11/publish', { key: 'publish-4-aaaa' }),
    )
    const csrf = (await expectMatchesSpec(
      'POST',
      PUBLISH,
      403,
      await api.post('/reports/daily/2026-11-27/publish', { key: 'publish-5-aaaa', csrf: false }),
    )) as { type: string }
    expect(csrf.type).toMatch(/csrf-missing$/)
    await expectMatchesSpec(
      'POST',
      PUBLISH,
      404,
      await api.post('/reports/monthly/2027-01/publish', { key: 'publish-6-aaaa' }),
    )
    await expectMatchesSpec('POST', PUBLISH, 400, await api.post('/reports/daily/2026-11-27/publish'))
    for (const role of ['staff', 'wall'] as const) {
      const other = await as(role)
      await expectMatchesSpec(
        'POST',
        PUBLISH,
        403,
        await other.post('/reports/daily/2026-11-27/publish', { key: `p-${role}-aaaa` }),
      )
    }
    expect(state.deskRecords.allPublications()).toEqual([])
  })
})
