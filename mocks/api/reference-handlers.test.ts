// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { UNIT_CODES } from '../sim/domain-codes'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')
const state: ApiState = createApiState({ now: () => NOW })

async function as(role: 'director' | 'staff' | 'wall') {
  const api = deskTestApi(state)
  await api.signIn(role)
  return api
}

describe('GET /units', () => {
  it('lists every handling unit of the simulator with its official name and district, to every role', async () => {
    for (const role of ['director', 'staff', 'wall'] as const) {
      const body = (await expectMatchesSpec('GET', '/units', 200, await (await as(role)).call('/units'))) as {
        items: { code: string; name: string; district: string }[]
      }
      expect(body.items.map((unit) => unit.code)).toEqual([...UNIT_CODES])
      expect(body.items.find((unit) => unit.code === 'dg-bureau')).toEqual({
        code: 'dg-bureau',
        name: '东港区市场监督管理局',
        district: '371102',
      })
    }
    await expectMatchesSpec('GET', '/units', 401, await deskTestApi(state).call('/units'))
    await expectMatchesSpec('GET', '/units', 400, await (await as('director')).call('/units?all=1'))
  })
})

describe('GET /duty-roster', () => {
  it('gives the director and staff the post, its public lines and who is on duty each day', async () => {
    for (const role of ['director', 'staff'] as const) {
      const body = (await expectMatchesSpec(
        'GET',
        '/duty-roster',
        200,
        await (await as(role)).call('/duty-roster?from=2026-11-23&to=2026-11-29'),
      )) as { dutyPost: string; publicLines: string[]; days: { date: string; shifts: { name: string }[] }[] }
      expect(body.publicLines).toEqual(['12315', '12345'])
      expect(body.dutyPost).toContain('日照市市场监督管理局')
      expect(body.days.map((d) => d.date)).toEqual([
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
        '2026-11-28',
        '2026-11-29',
      ])
    }
  })

  it('gives the wall the post, its lines and the shifts without names', async () => {
    const wall = (await expectMatchesSpec(
      'GET',
      '/duty-roster',
      200,
      await (await as('wall')).call('/duty-roster?from=2026-11-23&to=2026-11-29'),
    )) as { dutyPost: string; publicLines: string[]; days: { shifts: { name: string | null }[] }[] }
    expect(wall.dutyPost).toContain('投诉举报指挥中心')
    expect(wall.publicLines).toEqual(['12315', '12345'])
    const shifts = wall.days.flatMap((day) => day.shifts)
    expect(shifts.length).toBeGreaterThanOrEqual(7 * 3)
    expect(shifts.every((shift) => shift.name === null)).toBe(true)
  })

  it('gives the wall the names when the deployment shows them', async () => {
    const api = deskTestApi(createApiState({ now: () => NOW, wallDutyNames: true }))
    await api.signIn('wall')
    const wall = (await expectMatchesSpec(
      'GET',
      '/duty-roster',
      200,
      await api.call('/duty-roster?from=2026-11-28&to=2026-11-28'),
    )) as { days: { shifts: { name: string | null }[] }[] }
    const names = wall.days.flatMap((day) => day.shifts.map((shift) => shift.name))
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true)
  })

  it('names a bad period (400)', async () => {
    const api = await as('director')
    for (const [query, parameter] of [
      ['from=2026-09-01&to=2026-11-29', 'to'],
      ['from=2026-11-29&to=2026-11-23', 'from'],
      ['from=2026-11-23', 'to'],
    ] as const) {
      const problem = (await expectMatchesSpec(
        'GET',
        '/duty-roster',
        400,
        await api.call(`/duty-roster?${query}`),
      )) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})
