// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')
const WEEK = 'from=2026-11-22&to=2026-11-28'

interface HotspotsBody {
  period: { from: string; to: string }
  items: {
    category: string
    district: string
    count: number
    surge: boolean
    baselineMethod: string
    keywords: { term: string; count: number }[]
  }[]
}

const state: ApiState = createApiState({ now: () => NOW, scenario: 'tourism-surge' })

async function as(role: 'director' | 'staff' | 'wall') {
  const api = deskTestApi(state)
  await api.signIn(role)
  return api
}

describe('GET /hotspots', () => {
  it('ranks the surge first, with keywords from the summaries, counted from the work orders', async () => {
    const api = await as('director')
    const body = (await expectMatchesSpec(
      'GET',
      '/hotspots',
      200,
      await api.call(`/hotspots?${WEEK}`),
    )) as HotspotsBody
    expect(body.period).toEqual({ from: '2026-11-22', to: '2026-11-28' })
    const surges = body.items.filter((item) => item.surge)
    expect(surges.length).toBeGreaterThan(0)
    for (const item of surges) expect(['tourism', 'cateringLodging']).toContain(item.category)
    const first = body.items[0]
    if (!first) throw new Error('no hotspot')
    expect(first.keywords.length).toBeGreaterThan(0)
    const orders = state.simulator
      .listOrders({ from: '2026-11-22', to: '2026-11-28' })
      .filter((o) => o.category === first.category && o.district === first.district)
    expect(first.count).toBe(orders.length)
  })

  it('applies the filters', async () => {
    const api = await as('staff')
    const body = (await expectMatchesSpec(
      'GET',
      '/hotspots',
      200,
      await api.call(`/hotspots?${WEEK}&category=tourism&kind=complaint`),
    )) as HotspotsBody
    for (const item of body.items) expect(item.category).toBe('tourism')
  })

  it('gives the wall no small pair and no free text', async () => {
    const api = await as('wall')
    const body = (await expectMatchesSpec(
      'GET',
      '/hotspots',
      200,
      await api.call(`/hotspots?${WEEK}`),
    )) as HotspotsBody
    for (const item of body.items) {
      expect(item.count).toBeGreaterThanOrEqual(3)
      expect(item.keywords).toEqual([])
    }
  })

  it('names a bad parameter and refuses anyone signed out', async () => {
    const api = deskTestApi(state)
    await expectMatchesSpec('GET', '/hotspots', 401, await api.call(`/hotspots?${WEEK}`))
    await api.signIn('director')
    for (const [query, parameter] of [
      ['from=2026-11-22', 'to'],
      ['from=2026-01-01&to=2026-11-28', 'to'],
      [`${WEEK}&unit=dg-bureau`, 'unit'],
      [`${WEEK}&category=toys`, 'category'],
    ] as const) {
      const problem = (await expectMatchesSpec(
        'GET',
        '/hotspots',
        400,
        await api.call(`/hotspots?${query}`),
      )) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})
