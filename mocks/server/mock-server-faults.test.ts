// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { server as mswServer } from '../node'
import { createApiState } from '../api/api-state'
import { createFaultRegistry, parseFaultSpec } from '../api/faults'
import { startMockServer, type RunningMockServer } from './create-mock-server'

/** The mock server's --fault and --scenario, over real HTTP (what `npm run mock-server` passes). */

let mock: RunningMockServer
let distDir: string

beforeAll(async () => {
  // Real HTTP: MSW's in-process interception would answer these requests itself.
  mswServer.close()
  distDir = await mkdtemp(path.join(tmpdir(), 'duban-dist-'))
  const faults = createFaultRegistry()
  faults.set(...parseFaultSpec('GET /session/demo-accounts=network'))
  faults.set(...parseFaultSpec('GET /me=429:5'))
  mock = await startMockServer({ port: 0, distDir, faults, state: createApiState({ scenario: 'empty' }) })
})

afterAll(async () => {
  await mock.close()
  await rm(distDir, { recursive: true, force: true })
})

describe('the mock server with faults and a scenario', () => {
  it('drops the connection for a network fault, and keeps serving', async () => {
    await expect(fetch(`${mock.url}/api/v1/session/demo-accounts`)).rejects.toThrow()
    const me = await fetch(`${mock.url}/api/v1/me`)
    expect(me.status).toBe(429)
    expect(me.headers.get('Retry-After')).toBe('5')
    expect(me.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('holds a hanging request until the client gives up or the faults are cleared, and keeps serving', async () => {
    mock.faults.reset()
    mock.faults.set('GET /session/demo-accounts', { kind: 'hang' })
    await expect(
      fetch(`${mock.url}/api/v1/session/demo-accounts`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow()
    const held = fetch(`${mock.url}/api/v1/session/demo-accounts`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    mock.faults.reset()
    // Let go as a dropped connection (MSW's network error has no status Node could send).
    await expect(held).rejects.toThrow()
    expect((await fetch(`${mock.url}/api/v1/session/demo-accounts`)).status).toBe(200)
  })

  it('changes faults while running', async () => {
    mock.faults.reset()
    expect((await fetch(`${mock.url}/api/v1/session/demo-accounts`)).status).toBe(200)
    mock.faults.set('GET /session/demo-accounts', { kind: 'truncated' })
    const text = await (await fetch(`${mock.url}/api/v1/session/demo-accounts`)).text()
    expect(() => JSON.parse(text) as unknown).toThrow()
  })

  it('takes faults from its control endpoint (PUT/GET/DELETE /api/v1/__mock/faults)', async () => {
    const control = `${mock.url}/api/v1/__mock/faults`
    const put = (body: unknown) =>
      fetch(control, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await put(['GET /session/demo-accounts=503:9'])).status).toBe(200)
    expect(await (await fetch(control)).json()).toEqual([
      { endpoint: 'GET /session/demo-accounts', fault: { kind: '503', retryAfterSeconds: 9 } },
    ])
    const faulted = await fetch(`${mock.url}/api/v1/session/demo-accounts`)
    expect([faulted.status, faulted.headers.get('Retry-After')]).toEqual([503, '9'])
    expect((await put(['nonsense'])).status).toBe(400)
    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204)
    expect((await fetch(`${mock.url}/api/v1/session/demo-accounts`)).status).toBe(200)
  })

  it('serves the chosen scenario', () => {
    expect(mock.state.simulator.scenario).toBe('empty')
  })
})

describe('the mock server’s scenario switch (PUT /api/v1/__mock/scenario)', () => {
  const control = () => `${mock.url}/api/v1/__mock/scenario`
  const put = (body: unknown) =>
    fetch(control(), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('moves a running server to another city, and refuses an unknown one', async () => {
    expect(await (await fetch(control())).json()).toMatchObject({ scenario: 'empty' })
    expect((await put({ scenario: 'backlog' })).status).toBe(200)
    expect(mock.state.scenario).toBe('backlog')
    expect(mock.state.simulator.scenario).toBe('backlog')

    const refused = await put({ scenario: 'atlantis' })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('calibrated')
    expect(mock.state.scenario).toBe('backlog')
    expect((await put('backlog')).status).toBe(400)
  })
})
