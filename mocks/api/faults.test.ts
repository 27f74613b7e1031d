import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { ApiError } from '@/shared/api/api-error'
import { apiFetch } from '@/shared/api/api-fetch'
import { faults } from '../handlers'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState } from './api-state'
import { createFaultRegistry, mockOptionsFromSearch, parseFaultSpec } from './faults'

/** jsdom (apiFetch resolves against document.baseURI): the faults as the app's API layer sees them. */

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const demoAccounts = z.object({ items: z.array(z.object({ username: z.string() })) })

describe('fault injection, seen through apiFetch', () => {
  it('answers normally without a fault', async () => {
    const answer = await apiFetch('/session/demo-accounts', { schema: demoAccounts })
    expect(answer.items.length).toBeGreaterThan(0)
  })

  it('network: a network ApiError', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'network' })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts'))).kind).toBe('network')
  })

  it.each([
    ['500', 500, 'internal', undefined],
    ['503', 503, 'unavailable', 30],
    ['429', 429, 'rate-limited', 30],
  ] as const)('%s: an http ApiError with the problem document', async (kind, status, type, retryAfter) => {
    faults.set('GET /session/demo-accounts', { kind })
    const error = await apiErrorOf(apiFetch('/session/demo-accounts'))
    expect(error).toMatchObject({ kind: 'http', status, retryAfterSeconds: retryAfter })
    expect(error.problem?.type).toBe(`https://duban.example/problems/${type}`)
  })

  it('429 carries the Retry-After it was given', async () => {
    faults.set('GET /session/demo-accounts', { kind: '429', retryAfterSeconds: 7 })
    expect(await apiErrorOf(apiFetch('/session/demo-accounts'))).toMatchObject({
      status: 429,
      retryAfterSeconds: 7,
    })
  })

  it('hang: never answers, so the client times out', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'hang' })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts', { timeoutMs: 50 }))).kind).toBe('timeout')
  })

  it('truncated: the real answer cut in half, a parse ApiError', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'truncated' })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts'))).kind).toBe('parse')
  })

  it('502: a gateway’s HTML page, an http ApiError without a problem document', async () => {
    faults.set('GET /session/demo-accounts', { kind: '502' })
    const error = await apiErrorOf(apiFetch('/session/demo-accounts'))
    expect(error).toMatchObject({ kind: 'http', status: 502 })
    expect(error.problem).toBeUndefined()
  })

  it('empty: a 200 without a body, a parse ApiError', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'empty' })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts', { schema: demoAccounts }))).kind).toBe(
      'parse',
    )
  })

  it('wrong-shape: valid JSON of another shape, a validation ApiError', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'wrong-shape' })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts', { schema: demoAccounts }))).kind).toBe(
      'validation',
    )
  })

  it('slow: the real answer, late (and a timeout when later than the client waits)', async () => {
    faults.set('GET /session/demo-accounts', { kind: 'slow', delayMs: 80 })
    const started = performance.now()
    await expect(apiFetch('/session/demo-accounts', { schema: demoAccounts })).resolves.toBeTruthy()
    expect(performance.now() - started).toBeGreaterThanOrEqual(70)
    faults.set('GET /session/demo-accounts', { kind: 'slow', delayMs: 200 })
    expect((await apiErrorOf(apiFetch('/session/demo-accounts', { timeoutMs: 50 }))).kind).toBe('timeout')
  })

  it('matches by method and path template, and only the next `times` requests', async () => {
    faults.set('GET /work-orders/{id}', { kind: '500', times: 1 })
    faults.set('DELETE /session', { kind: '503' })
    // Another path and another method are untouched.
    await expect(apiFetch('/session/demo-accounts')).resolves.toBeTruthy()
    expect((await apiErrorOf(apiFetch('/work-orders/RZ-20260101-0001'))).status).toBe(500)
    // Used up: the request reaches the real handlers (a 401, as no one is signed in).
    expect((await apiErrorOf(apiFetch('/work-orders/RZ-20260101-0001'))).problem?.type).not.toContain(
      'internal',
    )
  })

  it('is reset between tests (by the setup file)', () => {
    expect(faults.entries()).toEqual([])
  })
})

describe('fault specs (CLI and URL)', () => {
  it.each([
    ['GET /kpis/summary=500', 'GET /kpis/summary', { kind: '500' }],
    ['GET /kpis/summary=429:60', 'GET /kpis/summary', { kind: '429', retryAfterSeconds: 60 }],
    ['* /work-orders/*=slow:1500', '* /work-orders/*', { kind: 'slow', delayMs: 1500 }],
    ['GET /breakdowns/{dimension}=wrong-shape', 'GET /breakdowns/{dimension}', { kind: 'wrong-shape' }],
    ['POST /session=network', 'POST /session', { kind: 'network' }],
  ])('parses %s', (spec, endpoint, fault) => {
    expect(parseFaultSpec(spec)).toEqual([endpoint, fault])
  })

  it.each(['GET /kpis/summary', 'kpis/summary=500', 'GET /kpis/summary=teapot', 'GET /x=slow:-1'])(
    'refuses %s with a readable error',
    (spec) => {
      expect(() => parseFaultSpec(spec)).toThrow(/Invalid fault/)
    },
  )

  it('reads the scenario and faults of a dev URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const options = mockOptionsFromSearch(
      '?mock-scenario=backlog&mock-fault=GET%20/kpis/summary=500&mock-fault=nonsense',
    )
    expect(options.scenario).toBe('backlog')
    expect(options.faults).toEqual([['GET /kpis/summary', { kind: '500' }]])
    // A typo is reported, not fatal: the dev app must still start.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Invalid fault "nonsense"'))
  })

  it('lets the latest matching fault win', () => {
    const registry = createFaultRegistry()
    registry.set('* /*', { kind: '500' })
    registry.set('GET /me', { kind: 'network' })
    expect(registry.take('GET', '/me')?.kind).toBe('network')
    expect(registry.take('GET', '/kpis/summary')?.kind).toBe('500')
    expect(registry.take('GET', '/kpis/summary/')?.kind).toBe('500')
  })
})

describe('scenario selection', () => {
  it('changes what the simulator serves', () => {
    const now = () => parseIsoInstant('2026-11-28T20:00:00+08:00')
    const period = { from: '2026-11-01', to: '2026-11-28' } as const
    const calibrated = createApiState({ now }).simulator
    const empty = createApiState({ now, scenario: 'empty' }).simulator
    expect(calibrated.scenario).toBe('calibrated')
    expect(empty.scenario).toBe('empty')
    expect(calibrated.summary(period).received.total).toBeGreaterThan(0)
    expect(empty.summary(period).received.total).toBe(0)
  })
})
