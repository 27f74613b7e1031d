// @vitest-environment node
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { CHANNEL_CODES, KIND_CODES, UNIT_CODES } from '../sim/domain-codes'
import type { OrderFilters } from '../sim/kpis'
import { createApiState, type ApiState } from './api-state'
import { problemContentType } from './problem'
import { timelyAnalysis } from '../sim/report-publications'
import { simulatorAsOf } from './report-content'

/** A fixed clock and seed: the same figures in any process zone. */
const NOW = Date.parse('2026-11-28T12:00:00+08:00')
const SEED = 20_230_101
const PERIOD = { from: '2026-09-01', to: '2026-11-28' }
const YEAR_AGO = { from: '2025-09-01', to: '2025-11-28' }
/** PERIOD runs to today: its comparison is read as it stood equally far in, at noon. */
const YEAR_AGO_AS_OF = '2025-11-28T12:00:00+08:00'

let hostCount = 0

/** One city for the whole file (its days are memoized), reached at a host of its own per caller. */
const state: ApiState = createApiState({ seed: SEED, now: () => NOW })

function api() {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://kpi-${hostCount}.duban.test`
  const call = (path: string) => fetch(`${origin}/api/v1${path}`)
  const signIn = async (username: 'director' | 'staff' | 'wall' = 'director') => {
    const response = await fetch(`${origin}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'duban-demo' }),
    })
    expect(response.status).toBe(200)
  }
  return { call, signIn }
}

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`

interface Figure {
  due: number
  onTime: number
  late: number
  rate: number | null
}
interface SummaryBody {
  asOf: string
  period: { from: string; to: string }
  received: { total: number; complaints: number; reports: number; consultations: number }
  initialCheck: Figure
  reportCheck: Figure
  closure: Figure
  recoveredFen: number
  consumerAssociation: {
    received: number
    resolved: number
    resolutionRate: number | null
    recoveredFen: number
  }
  complaintToCase: number
  satisfaction: { surveyed: number; satisfied: number; rate: number | null }
  open: { total: number; overdue: number; atRisk: number; supervised: number }
  comparison: (Omit<SummaryBody, 'open' | 'comparison'> & { basis: string }) | null
}

/**
 * What kpis.ts computes for the same filters, in the contract's field names; at `asOf` when
 * given (through the reports' view of the city at an earlier instant, another path).
 */
function expectedPeriodFigures(filters: OrderFilters, asOf?: string) {
  const s = (asOf === undefined ? state.simulator : simulatorAsOf(state.simulator, Date.parse(asOf))).summary(
    filters,
  )
  const late = (f: { due: number; onTime: number; rate: number | null }) => ({ ...f, late: f.due - f.onTime })
  return {
    received: s.received,
    initialCheck: late(s.initialCheck),
    reportCheck: late(s.reportCheck),
    closure: late(s.closure),
    recoveredFen: s.recoveredFen,
    complaintToCase: s.complaintToCase,
    satisfaction: s.satisfaction,
    consumerAssociation: expect.objectContaining(s.consumerAssociation) as unknown,
    open: s.open,
  }
}

beforeAll(() => {
  // Warm the city once (generation is the slow part; the assertions are not).
  state.simulator.summary(PERIOD)
  state.simulator.summary(YEAR_AGO)
}, 60_000)

describe('GET /kpis/summary', () => {
  it('gives the figures of kpis.ts for the same filters, matching the spec', async () => {
    const { call, signIn } = api()
    await signIn()
    const body = (await expectMatchesSpec(
      'GET',
      '/kpis/summary',
      200,
      await call(`/kpis/summary${query(PERIOD)}`),
    )) as SummaryBody
    const expected = expectedPeriodFigures(PERIOD)
    expect(body).toMatchObject({ ...expected, open: expect.objectContaining(expected.open) as unknown })
    expect(body.asOf).toBe('2026-11-28T12:00:00+08:00')
    expect(body.period).toEqual(PERIOD)
    expect(body.comparison).toBeNull()
    expect(body.received.total).toBeGreaterThan(1000)
    expect(body.open.total).toBeGreaterThan(0)

    const filtered = { ...PERIOD, kind: 'complaint', district: '371102', channel: 'platform12315' }
    const narrow = (await (await call(`/kpis/summary${query(filtered)}`)).json()) as SummaryBody
    expect(narrow).toMatchObject(expectedPeriodFigures(filtered as OrderFilters))
    expect(narrow.received.reports).toBe(0)
  }, 30_000)

  it('adds the same dates a year earlier with compare=yearAgo', async () => {
    const { call, signIn } = api()
    await signIn('wall')
    const response = await call(`/kpis/summary${query({ ...PERIOD, compare: 'yearAgo' })}`)
    const body = (await expectMatchesSpec('GET', '/kpis/summary', 200, response)) as SummaryBody
    const { open: _open, ...yearAgo } = expectedPeriodFigures(YEAR_AGO, YEAR_AGO_AS_OF)
    expect(body.comparison).toMatchObject({
      basis: 'yearAgo',
      period: YEAR_AGO,
      asOf: YEAR_AGO_AS_OF,
      ...yearAgo,
    })
    expect(body.comparison?.received.total).not.toBe(body.received.total)
  }, 30_000)

  it('compares a period that has ended with the whole comparison period, as it stands now', async () => {
    const { call, signIn } = api()
    await signIn('wall')
    const ended = { from: '2026-09-01', to: '2026-11-27' }
    const response = await call(`/kpis/summary${query({ ...ended, compare: 'yearAgo' })}`)
    const body = (await expectMatchesSpec('GET', '/kpis/summary', 200, response)) as SummaryBody
    const yearAgo = { from: '2025-09-01', to: '2025-11-27' }
    const { open: _open, ...figures } = expectedPeriodFigures(yearAgo)
    expect(body.comparison).toMatchObject({
      basis: 'yearAgo',
      period: yearAgo,
      asOf: '2026-11-28T12:00:00+08:00',
      ...figures,
    })
  }, 30_000)

  it('compares today so far with yesterday up to the same time', async () => {
    const { call, signIn } = api()
    await signIn('wall')
    const today = { from: '2026-11-28', to: '2026-11-28' }
    const response = await call(`/kpis/summary${query({ ...today, compare: 'previous' })}`)
    const body = (await expectMatchesSpec('GET', '/kpis/summary', 200, response)) as SummaryBody
    const cut = Date.parse('2026-11-27T12:00:00+08:00')
    const yesterday = state.simulator.ordersInRange('2026-11-27', '2026-11-27')
    const byNoon = yesterday.filter((order) => order.receivedAt <= cut).length
    expect(body.comparison?.asOf).toBe('2026-11-27T12:00:00+08:00')
    expect(body.comparison?.received.total).toBe(byNoon)
    // Half a day, not all of it: the comparison the cards showed before, every morning.
    expect(byNoon).toBeLessThan(yesterday.length * 0.8)
    const { open: _open, ...figures } = expectedPeriodFigures(
      { from: '2026-11-27', to: '2026-11-27' },
      body.comparison?.asOf,
    )
    expect(body.comparison).toMatchObject(figures)
  }, 30_000)

  it('maps 29 February to 28 February a year earlier', async () => {
    const { call, signIn } = api()
    await signIn('staff')
    const response = await call(
      `/kpis/summary${query({ from: '2024-02-29', to: '2024-02-29', compare: 'yearAgo' })}`,
    )
    const body = (await expectMatchesSpec('GET', '/kpis/summary', 200, response)) as SummaryBody
    expect(body.comparison?.period).toEqual({ from: '2023-02-28', to: '2023-02-28' })
  }, 30_000)
})

describe('GET /kpis/six-timely', () => {
  it('gives the six rates of kpis.ts, matching the spec', async () => {
    const { call, signIn } = api()
    await signIn('staff')
    const response = await call(`/kpis/six-timely${query(PERIOD)}`)
    const body = (await expectMatchesSpec('GET', '/kpis/six-timely', 200, response)) as {
      items: { code: string; numerator: number; denominator: number; rate: number | null }[]
    }
    // Analysis (及时分析) counts report publications, the rest the work orders.
    const analysis = timelyAnalysis(
      state.simulator.seed,
      state.simulator.timeLimits,
      state.deskRecords,
      state.simulator.now(),
      PERIOD,
    )
    expect(analysis.denominator).toBeGreaterThan(0)
    const expected = state.simulator.sixTimely(PERIOD, analysis)
    expect(
      body.items.map(({ code, numerator, denominator, rate }) => ({ code, numerator, denominator, rate })),
    ).toEqual(
      expected.rates.map(({ code, numerator, denominator, rate }) => ({
        code,
        numerator,
        denominator,
        rate,
      })),
    )
  }, 30_000)
})

interface SeriesBody {
  series: {
    key: string
    points: { start: string; end: string; value: number | null; numerator?: number; denominator?: number }[]
  }[]
}

describe('GET /kpis/timeseries', () => {
  it('sums to the summary received total, by day, week and month, split or not', async () => {
    const { call, signIn } = api()
    await signIn()
    const summary = state.simulator.summary(PERIOD)
    for (const interval of ['day', 'week', 'month']) {
      const response = await call(`/kpis/timeseries${query({ ...PERIOD, metric: 'received', interval })}`)
      const body = (await expectMatchesSpec('GET', '/kpis/timeseries', 200, response)) as SeriesBody
      const points = body.series[0]?.points ?? []
      expect(points.reduce((sum, p) => sum + (p.value ?? 0), 0)).toBe(summary.received.total)
      expect(points[0]?.start).toBe(PERIOD.from)
      expect(points.at(-1)?.end).toBe(PERIOD.to)
    }
    const split = await call(
      `/kpis/timeseries${query({ ...PERIOD, metric: 'received', interval: 'month', split: 'kind' })}`,
    )
    const byKind = (await expectMatchesSpec('GET', '/kpis/timeseries', 200, split)) as SeriesBody
    expect(byKind.series.map((s) => s.key)).toEqual([...KIND_CODES])
    const totalOf = (key: string) =>
      byKind.series.find((s) => s.key === key)?.points.reduce((sum, p) => sum + (p.value ?? 0), 0)
    expect(totalOf('complaint')).toBe(summary.received.complaints)
    expect(totalOf('report')).toBe(summary.received.reports)
    expect(totalOf('consultation')).toBe(summary.received.consultations)
  }, 60_000)

  it('gives each week of a rate exactly what the summary gives for that week', async () => {
    const { call, signIn } = api()
    await signIn()
    const response = await call(
      `/kpis/timeseries${query({ ...PERIOD, metric: 'initialCheck', interval: 'week' })}`,
    )
    const body = (await expectMatchesSpec('GET', '/kpis/timeseries', 200, response)) as SeriesBody
    const points = body.series[0]?.points ?? []
    for (const point of points.slice(0, 3)) {
      const figure = state.simulator.summary({ from: point.start, to: point.end }).initialCheck
      expect({ numerator: point.numerator, denominator: point.denominator, value: point.value }).toEqual({
        numerator: figure.onTime,
        denominator: figure.due,
        value: figure.rate,
      })
    }
    const summary = state.simulator.summary(PERIOD).initialCheck
    expect(points.reduce((sum, p) => sum + (p.denominator ?? 0), 0)).toBe(summary.due)
    expect(points.reduce((sum, p) => sum + (p.numerator ?? 0), 0)).toBe(summary.onTime)
  }, 60_000)
})

describe('GET /breakdowns/{dimension}', () => {
  it('ranks every code, the counts adding up to the total', async () => {
    const { call, signIn } = api()
    await signIn()
    const total = state.simulator.summary(PERIOD).received.total
    for (const [dimension, codes] of [
      ['unit', UNIT_CODES],
      ['channel', CHANNEL_CODES],
    ] as const) {
      const response = await call(`/breakdowns/${dimension}${query({ ...PERIOD, metric: 'received' })}`)
      const body = (await expectMatchesSpec('GET', '/breakdowns/{dimension}', 200, response)) as {
        rows: { key: string; rank: number; value: number }[]
        suppressedRows: number
      }
      expect(body.rows.map((r) => r.key).sort()).toEqual([...codes].sort())
      expect(body.rows.reduce((sum, r) => sum + r.value, 0)).toBe(total)
      expect(body.rows.map((r) => r.rank)).toEqual(body.rows.map((_, i) => i + 1))
      const values = body.rows.map((r) => r.value)
      expect(values).toEqual([...values].sort((a, b) => b - a))
      expect(body.suppressedRows).toBe(0)
    }
  }, 60_000)

  it('adds the comparison value and change with compare=yearAgo', async () => {
    const { call, signIn } = api()
    await signIn()
    const response = await call(
      `/breakdowns/kind${query({ ...PERIOD, metric: 'received', compare: 'yearAgo' })}`,
    )
    const body = (await expectMatchesSpec('GET', '/breakdowns/{dimension}', 200, response)) as {
      comparison: { basis: string; period: unknown; asOf: string }
      rows: {
        key: string
        value: number
        comparisonValue: number
        change: number
        changeRatio: number | null
      }[]
    }
    expect(body.comparison).toEqual({ basis: 'yearAgo', period: YEAR_AGO, asOf: YEAR_AGO_AS_OF })
    const before = simulatorAsOf(state.simulator, Date.parse(YEAR_AGO_AS_OF)).summary(YEAR_AGO).received
    const complaints = body.rows.find((r) => r.key === 'complaint')
    expect(complaints?.comparisonValue).toBe(before.complaints)
    expect(complaints?.change).toBe((complaints?.value ?? 0) - before.complaints)
  }, 60_000)

  it('gives rates with their numerator and denominator, matching the spec', async () => {
    const { call, signIn } = api()
    await signIn('wall')
    const response = await call(`/breakdowns/district${query({ ...PERIOD, metric: 'closure' })}`)
    const body = (await expectMatchesSpec('GET', '/breakdowns/{dimension}', 200, response)) as {
      rows: { numerator: number; denominator: number }[]
      suppressedRows: number
    }
    const closure = state.simulator.summary(PERIOD).closure
    expect(body.rows.reduce((sum, r) => sum + r.denominator, 0)).toBeLessThanOrEqual(closure.due)
    expect(body.rows.length + body.suppressedRows).toBe(7)
  }, 60_000)
})

describe('GET /calendar/{year}', () => {
  it('serves 2026 from the package, with the Spring Festival and make-up days', async () => {
    const { call, signIn } = api()
    await signIn('wall')
    const body = (await expectMatchesSpec('GET', '/calendar/{year}', 200, await call('/calendar/2026'))) as {
      year: number
      assumed: boolean
      holidays: string[]
      makeUpWorkdays: string[]
    }
    expect(body.year).toBe(2026)
    expect(body.assumed).toBe(false)
    for (const day of ['2026-01-01', '2026-02-15', '2026-02-17', '2026-02-23', '2026-10-01'])
      expect(body.holidays).toContain(day)
    expect(body.makeUpWorkdays.length).toBeGreaterThan(0)
    expect(body.makeUpWorkdays).toContain('2026-02-14')
  })

  it('serves 2027 as assumed, Monday to Friday', async () => {
    const { call, signIn } = api()
    await signIn()
    const body = await expectMatchesSpec('GET', '/calendar/{year}', 200, await call('/calendar/2027'))
    expect(body).toMatchObject({
      year: 2027,
      assumed: true,
      sourceKind: 'assumed',
      holidays: [],
      makeUpWorkdays: [],
    })
  })

  it('answers 404 outside 2004-2100 and 400 for a year that is not a number', async () => {
    const { call, signIn } = api()
    await signIn()
    await expectMatchesSpec('GET', '/calendar/{year}', 404, await call('/calendar/2003'))
    await expectMatchesSpec('GET', '/calendar/{year}', 404, await call('/calendar/2101'))
    const bad = (await expectMatchesSpec('GET', '/calendar/{year}', 400, await call('/calendar/20x6'))) as {
      errors: { parameter: string }[]
    }
    expect(bad.errors[0]?.parameter).toBe('year')
  })
})

const endpoints = [
  { path: '/kpis/summary', base: { ...PERIOD } },
  { path: '/kpis/six-timely', base: { ...PERIOD } },
  { path: '/kpis/timeseries', base: { ...PERIOD, metric: 'received', interval: 'month' } },
  { path: '/breakdowns/channel', base: { ...PERIOD, metric: 'received' } },
] as const

describe('bad input', () => {
  it('answers 401 without a session', async () => {
    const { call } = api()
    for (const { path, base } of endpoints) {
      const response = await call(`${path}${query(base)}`)
      expect(response.status).toBe(401)
      expect(response.headers.get('Content-Type')).toBe(problemContentType)
    }
    expect((await call('/calendar/2026')).status).toBe(401)
  })

  it('names the parameter of every malformed request, never a 500 (fast-check)', async () => {
    const { call, signIn } = api()
    await signIn()
    const junk = fc.string({ maxLength: 12 })
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('unknown' as const),
        name: fc.stringMatching(/^[a-zA-Z_]{1,10}$/),
        value: junk,
      }),
      fc.record({
        kind: fc.constant('value' as const),
        name: fc.constantFrom('from', 'to', 'district', 'channel', 'kind', 'category', 'unit'),
        value: junk,
      }),
      fc.record({ kind: fc.constant('order' as const) }),
      fc.record({ kind: fc.constant('span' as const) }),
      fc.record({ kind: fc.constant('missing' as const), name: fc.constantFrom('from', 'to') }),
      fc.record({ kind: fc.constant('duplicate' as const), name: fc.constantFrom('from', 'to') }),
      fc.record({ kind: fc.constant('dimension' as const), value: fc.stringMatching(/^[a-z]{1,10}$/) }),
    )
    const known = new Set([
      'from',
      'to',
      'district',
      'channel',
      'kind',
      'category',
      'unit',
      'compare',
      'metric',
      'interval',
      'split',
    ])
    const valid = new Set<string>([...CHANNEL_CODES, ...KIND_CODES, ...UNIT_CODES])
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), mutation, async (endpoint, change) => {
        let path: string = endpoint.path
        const params = new URLSearchParams(endpoint.base)
        let expected: string
        switch (change.kind) {
          case 'unknown':
            fc.pre(!known.has(change.name))
            params.set(change.name, change.value)
            expected = change.name
            break
          case 'value':
            // A value that happens to be valid is no bad input.
            fc.pre(!valid.has(change.value) && !/^\d{4}-\d{2}-\d{2}$/.test(change.value))
            params.set(change.name, change.value)
            expected = change.name
            break
          case 'order':
            params.set('from', '2026-11-02')
            params.set('to', '2026-11-01')
            expected = 'from'
            break
          case 'span':
            params.set('from', '2020-01-01')
            params.set('to', '2026-11-01')
            expected = 'to'
            break
          case 'missing':
            params.delete(change.name)
            expected = change.name
            break
          case 'duplicate':
            params.append(change.name, '2026-10-01')
            expected = change.name
            break
          case 'dimension':
            fc.pre(!['channel', 'kind', 'category', 'district', 'unit'].includes(change.value))
            path = `/breakdowns/${change.value}`
            params.set('metric', 'received')
            expected = 'dimension'
            break
        }
        const response = await call(`${path}?${params.toString()}`)
        expect([400, 404]).toContain(response.status)
        expect(response.headers.get('Content-Type')).toBe(problemContentType)
        const body = (await response.json()) as { errors?: { parameter: string }[] }
        if (response.status === 400) expect(body.errors?.map((e) => e.parameter)).toContain(expected)
      }),
      { numRuns: 120 },
    )
  }, 60_000)

  it('refuses a daily series over 366 days and bad enums of the series', async () => {
    const { call, signIn } = api()
    await signIn()
    const cases: [Record<string, string>, string][] = [
      [{ from: '2025-01-01', to: '2026-01-05', metric: 'received', interval: 'day' }, 'to'],
      [{ ...PERIOD, metric: 'nope', interval: 'day' }, 'metric'],
      [{ ...PERIOD, metric: 'received', interval: 'year' }, 'interval'],
      [{ ...PERIOD, metric: 'received', interval: 'day', split: 'unit' }, 'split'],
      [{ ...PERIOD, metric: 'received' }, 'interval'],
    ]
    for (const [params, parameter] of cases) {
      const response = await call(`/kpis/timeseries${query(params)}`)
      const body = (await expectMatchesSpec('GET', '/kpis/timeseries', 400, response)) as {
        errors: { parameter: string }[]
      }
      expect(body.errors.map((e) => e.parameter)).toContain(parameter)
    }
    const compare = await call(`/kpis/summary${query({ ...PERIOD, compare: 'lastYear' })}`)
    const body = (await expectMatchesSpec('GET', '/kpis/summary', 400, compare)) as {
      errors: { parameter: string }[]
    }
    expect(body.errors.map((e) => e.parameter)).toContain('compare')
  })
})
