// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

interface Cell {
  count: number
  baselineMean: number
  threshold: number
  rising: boolean
}
interface RisesBody {
  dimension: string
  method: { weeks: number; sigma: number; minCount: number; baselineWeeks: number }
  weeks: { from: string; to: string; baselineMethod: string }[]
  totalRows: number
  rows: { key: string; cells: Cell[] }[]
}

const surge: ApiState = createApiState({ now: () => NOW, scenario: 'tourism-surge' })
const calibrated: ApiState = createApiState({ now: () => NOW })

async function as(state: ApiState, role: 'director' | 'staff' | 'wall') {
  const api = deskTestApi(state)
  await api.signIn(role)
  return api
}

async function rises(state: ApiState, path: string, role: 'director' | 'staff' = 'director') {
  const api = await as(state, role)
  return (await expectMatchesSpec('GET', '/rises/{dimension}', 200, await api.call(path))) as RisesBody
}

describe('GET /rises/{dimension}', () => {
  it('defaults to 12 weeks ending yesterday and states the method', async () => {
    const body = await rises(surge, '/rises/category')
    expect(body.weeks).toHaveLength(12)
    expect(body.weeks.at(-1)?.to).toBe('2026-11-27')
    expect(body.weeks[0]?.from).toBe('2026-09-05')
    expect(body.method).toMatchObject({ weeks: 12, sigma: 2, minCount: 20, baselineWeeks: 8 })
    expect(body.rows).toHaveLength(14)
  })

  it('counts each row and week from the work orders, with the filters', async () => {
    const body = await rises(calibrated, '/rises/district?weeks=3&kind=complaint&channel=platform12315')
    for (const row of body.rows) {
      body.weeks.forEach((week, i) => {
        const orders = calibrated.simulator
          .listOrders({ from: week.from, to: week.to })
          .filter((o) => o.district === row.key && o.kind === 'complaint' && o.channel === 'platform12315')
        expect(row.cells[i]?.count).toBe(orders.length)
      })
    }
  })

  it('ranks the tourism surge first, rising above its band', async () => {
    const body = await rises(surge, '/rises/category?weeks=2', 'staff')
    const first = body.rows[0]
    expect(['tourism', 'cateringLodging']).toContain(first?.key)
    const latest = first?.cells[1]
    if (!latest) throw new Error('no cell')
    expect(latest.rising).toBe(true)
    expect(latest.count).toBeGreaterThan(latest.threshold)
  })

  it('does not flag the Labour Day week of the calibrated city, compared with the same holiday', async () => {
    const body = await rises(calibrated, '/rises/category?to=2026-05-05&weeks=1')
    expect(body.weeks[0]?.baselineMethod).toBe('sameHoliday')
    expect(body.rows.filter((row) => row.cells[0]?.rising)).toEqual([])
  })

  it('names at most 20 businesses, plain text with numbers masked', async () => {
    const state = createApiState({ now: () => NOW, scenario: 'hostile-text' })
    const body = await rises(state, '/rises/business?weeks=2')
    expect(body.rows.length).toBeLessThanOrEqual(20)
    expect(body.totalRows).toBeGreaterThanOrEqual(body.rows.length)
    for (const row of body.rows) expect(row.key).not.toMatch(/1[3-9]\d{9}/)
  })

  it('refuses the wall, anyone signed out, and bad parameters', async () => {
    const wall = await as(calibrated, 'wall')
    await expectMatchesSpec('GET', '/rises/{dimension}', 403, await wall.call('/rises/category'))
    const anonymous = deskTestApi(calibrated)
    await expectMatchesSpec('GET', '/rises/{dimension}', 401, await anonymous.call('/rises/category'))
    const api = await as(calibrated, 'director')
    for (const [path, parameter] of [
      ['/rises/product', 'dimension'],
      ['/rises/category?weeks=27', 'weeks'],
      ['/rises/category?weeks=0', 'weeks'],
      ['/rises/category?to=2026-11-28', 'to'],
      ['/rises/category?to=2026-02-30', 'to'],
      ['/rises/unit?unit=dg-bureau', 'unit'],
      ['/rises/unit?district=nowhere', 'district'],
    ] as const) {
      const response = await api.call(path)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      const problem = (await expectMatchesSpec('GET', '/rises/{dimension}', 400, response)) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})

describe('GET /events', () => {
  it('lists the events of the period for every role', async () => {
    const api = await as(calibrated, 'wall')
    const body = (await expectMatchesSpec(
      'GET',
      '/events',
      200,
      await api.call('/events?from=2026-03-01&to=2026-07-05'),
    )) as { items: { code: string; kind: string; from: string; to: string }[] }
    expect(body.items.map((e) => e.code)).toEqual([
      'consumerRightsDay',
      'qingming',
      'labourDay',
      'shopping618',
      'dragonBoat',
      'beachSeason',
    ])
  })

  it('names a bad period', async () => {
    const api = await as(calibrated, 'director')
    for (const [query, parameter] of [
      ['from=2026-03-01', 'to'],
      ['from=2026-03-01&to=2026-02-01', 'from'],
      ['from=2020-01-01&to=2026-01-01', 'to'],
    ] as const) {
      const problem = (await expectMatchesSpec(
        'GET',
        '/events',
        400,
        await api.call(`/events?${query}`),
      )) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})
