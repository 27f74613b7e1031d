// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState } from './api-state'

// A clock the test moves: a display is quiet three minutes after its last report.
let now = parseIsoInstant('2026-12-04T10:30:00+08:00')
const state = createApiState({ now: () => now })
let hostCount = 0

interface Display {
  deviceId: string
  scene: string
  dataAsOf: string | null
  lastSeenAt: string
  quiet: boolean
}

async function api(username: 'director' | 'staff' | 'wall') {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://wall-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const report = (
    deviceId: string,
    body: unknown,
    headers: Record<string, string> = { 'X-CSRF-Token': csrfToken },
  ) =>
    call(`/wall-displays/${deviceId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  const list = async () =>
    (await expectMatchesSpec('GET', '/wall-displays', 200, await call('/wall-displays'))) as {
      asOf: string
      quietAfterSeconds: number
      items: Display[]
    }
  return { call, report, list }
}

const report = { appVersion: '0.1.0', scene: 'headline', dataAsOf: '2026-12-04T10:29:30+08:00' }

describe('wall display heartbeats', () => {
  it('records the last report of each display, and calls a display quiet after three minutes', async () => {
    const wall = await api('wall')
    const answer = await wall.report('lobby-screen-1', report)
    expect(await expectMatchesSpec('PUT', '/wall-displays/{deviceId}', 200, answer)).toEqual({
      deviceId: 'lobby-screen-1',
      appVersion: '0.1.0',
      scene: 'headline',
      dataAsOf: '2026-12-04T10:29:30+08:00',
      lastSeenAt: '2026-12-04T10:30:00+08:00',
      quiet: false,
    })
    now += 60_000
    await wall.report('lobby-screen-1', { ...report, scene: 'ticker' })
    await wall.report('hall-screen-2', { ...report, dataAsOf: null })

    const director = await api('director')
    let listed = await director.list()
    expect(listed.quietAfterSeconds).toBe(180)
    expect(listed.items.map((d) => [d.deviceId, d.scene, d.quiet])).toEqual([
      ['hall-screen-2', 'headline', false],
      ['lobby-screen-1', 'ticker', false],
    ])

    now += 180_001
    listed = await (await api('staff')).list()
    expect(listed.items.map((d) => d.quiet)).toEqual([true, true])
    await wall.report('hall-screen-2', report)
    listed = await director.list()
    expect(listed.items.map((d) => [d.deviceId, d.quiet])).toEqual([
      ['hall-screen-2', false],
      ['lobby-screen-1', true],
    ])
  })

  it('takes reports from the wall only, with its CSRF token, and refuses bad ones by name', async () => {
    const director = await api('director')
    const refused = await director.report('lobby-screen-1', report)
    await expectMatchesSpec('PUT', '/wall-displays/{deviceId}', 403, refused)

    const wall = await api('wall')
    const noToken = await wall.report('lobby-screen-1', report, {})
    expect(noToken.status).toBe(403)
    for (const [deviceId, body, parameter] of [
      ['short', report, 'deviceId'],
      ['lobby-screen-1', { ...report, scene: '<b>x</b>' }, '/scene'],
      ['lobby-screen-1', { ...report, dataAsOf: 'yesterday' }, '/dataAsOf'],
      ['lobby-screen-1', { appVersion: '0.1.0', scene: 'headline' }, '/dataAsOf'],
    ] as const) {
      const answer = await wall.report(deviceId, body)
      const problem = (await expectMatchesSpec('PUT', '/wall-displays/{deviceId}', 400, answer)) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})
