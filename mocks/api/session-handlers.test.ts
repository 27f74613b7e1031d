// @vitest-environment node
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../node'
import { createHandlers } from '../handlers'
import { createApiState, type ApiState } from './api-state'
import { idempotent } from './idempotency'
import { problemContentType } from './problem'

let hostCount = 0

/**
 * A fresh API (its own state) at a host of its own. MSW keeps cookies in one jar per process;
 * a host per test keeps one test's session cookie out of the next test's requests.
 */
function freshApi() {
  const state: ApiState = createApiState()
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://api-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signIn = (username = 'director', password = 'duban-demo', headers: Record<string, string> = {}) =>
    call('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    })
  return { state, call, signIn }
}

interface ProblemBody {
  type: string
  status: number
  errors?: { in: string; parameter: string; code: string; message: string }[]
}

async function problemOf(response: Response): Promise<ProblemBody> {
  expect(response.headers.get('Content-Type')).toBe(problemContentType)
  return (await response.json()) as ProblemBody
}

const typeUri = (name: string) => `https://duban.example/problems/${name}`

describe('POST /session, GET /me, DELETE /session', () => {
  it('answers 401 unauthenticated to /me without a session', async () => {
    const { call } = freshApi()
    const response = await call('/me')
    expect(response.status).toBe(401)
    expect((await problemOf(response)).type).toBe(typeUri('unauthenticated'))
  })

  it('signs in with a demo account, sets an HttpOnly SameSite=Strict cookie and returns Me', async () => {
    const { signIn, call } = freshApi()
    const response = await signIn()
    expect(response.status).toBe(200)
    const me = (await response.json()) as { name: string; role: string; csrfToken: string }
    expect(me).toMatchObject({ id: 'u-director', name: '王建国', role: 'director', unit: null })
    expect(me.csrfToken).toMatch(/^[0-9a-f]{32}$/)
    const again = await call('/me')
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(me)
  })

  it.each([
    ['a wrong password', 'director', 'nope'],
    ['an unknown user', 'nobody', 'duban-demo'],
  ])('refuses %s with 401 invalid-credentials', async (_, username, password) => {
    const { signIn } = freshApi()
    const response = await signIn(username, password)
    expect(response.status).toBe(401)
    expect((await problemOf(response)).type).toBe(typeUri('invalid-credentials'))
  })

  it('names each bad body field, and refuses anything but JSON', async () => {
    const { call } = freshApi()
    const post = (body: string, contentType = 'application/json') =>
      call('/session', { method: 'POST', headers: { 'Content-Type': contentType }, body })

    const missing = await problemOf(await post(JSON.stringify({ username: 'director' })))
    expect(missing.errors).toEqual([
      expect.objectContaining({ in: 'body', parameter: '/password', code: 'required' }),
    ])

    const extra = await problemOf(await post(JSON.stringify({ username: 'a', password: 'b', admin: true })))
    expect(extra.errors).toEqual([
      expect.objectContaining({ in: 'body', code: 'unknown', parameter: '/admin' }),
    ])

    const notJson = await post('{"username":', 'application/json')
    expect(notJson.status).toBe(400)

    const form = await problemOf(
      await post('username=director&password=duban-demo', 'application/x-www-form-urlencoded'),
    )
    expect(form.errors).toEqual([expect.objectContaining({ in: 'header', parameter: 'Content-Type' })])
  })

  it('rate-limits password guessing per user name', async () => {
    const { signIn } = freshApi()
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await signIn('director', 'guess')).status).toBe(401)
    const limited = await signIn('director', 'guess')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await problemOf(limited)).type).toBe(typeUri('rate-limited'))
    // Another user name is not affected.
    expect((await signIn('staff')).status).toBe(200)
  })

  it('signs out only with the CSRF token, then /me is 401', async () => {
    const { signIn, call, state } = freshApi()
    const { csrfToken } = (await (await signIn()).json()) as { csrfToken: string }

    const without = await call('/session', { method: 'DELETE' })
    expect(without.status).toBe(403)
    expect((await problemOf(without)).type).toBe(typeUri('csrf-missing'))
    const wrong = await call('/session', { method: 'DELETE', headers: { 'X-CSRF-Token': 'f'.repeat(32) } })
    expect(wrong.status).toBe(403)
    expect(state.sessions.size).toBe(1)

    const right = await call('/session', { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } })
    expect(right.status).toBe(204)
    expect(state.sessions.size).toBe(0)
    expect((await call('/me')).status).toBe(401)
  })

  it('answers unsafe requests with 401 without a session and 403 without the CSRF header', async () => {
    const { signIn, call } = freshApi()
    const post = () =>
      call('/escalations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    expect((await post()).status).toBe(401)
    await signIn()
    const response = await post()
    expect(response.status).toBe(403)
    expect((await problemOf(response)).type).toBe(typeUri('csrf-missing'))
  })

  it('lists the demo accounts, each of which signs in with its role', async () => {
    const { call, signIn } = freshApi()
    const { items } = (await (await call('/session/demo-accounts')).json()) as {
      items: { username: string; password: string; role: string; unit: string | null }[]
    }
    expect(items.map((item) => item.role)).toEqual(['director', 'staff', 'wall'])
    for (const account of items) {
      const me = (await (await signIn(account.username, account.password)).json()) as {
        role: string
        unit: unknown
      }
      expect(me.role).toBe(account.role)
      expect(me.unit).toBe(account.unit)
    }
  })
})

describe('Idempotency-Key', () => {
  const key = 'f1e2d3c4-0000-4000-8000-000000000001'

  it('replays the first answer for a repeat, acting once', async () => {
    const { signIn, state } = freshApi()
    const first = await signIn('director', 'duban-demo', { 'Idempotency-Key': key })
    const second = await signIn('director', 'duban-demo', { 'Idempotency-Key': key })
    expect(second.status).toBe(first.status)
    expect(second.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await second.json()).toEqual(await first.json())
    expect(state.sessions.size).toBe(1)
  })

  it('refuses the same key with another request: 422 idempotency-conflict', async () => {
    const { signIn, state } = freshApi()
    await signIn('director', 'duban-demo', { 'Idempotency-Key': key })
    const other = await signIn('staff', 'duban-demo', { 'Idempotency-Key': key })
    expect(other.status).toBe(422)
    expect((await problemOf(other)).type).toBe(typeUri('idempotency-conflict'))
    expect(state.sessions.size).toBe(1)
  })

  it('refuses a malformed key, naming the header', async () => {
    const { signIn } = freshApi()
    const response = await signIn('director', 'duban-demo', { 'Idempotency-Key': 'short' })
    expect(response.status).toBe(400)
    expect((await problemOf(response)).errors).toEqual([
      expect.objectContaining({ in: 'header', parameter: 'Idempotency-Key' }),
    ])
  })
})

describe('idempotent() on an action', () => {
  it('requires the key when the action says so, and acts once per key', async () => {
    const { signIn, call, state } = freshApi()
    let actions = 0
    server.use(
      http.post(
        '*/api/v1/test-actions',
        idempotent(
          { state, cookieTransport: 'msw-cookie-store' },
          () => HttpResponse.json({ action: ++actions }),
          {
            required: true,
          },
        ),
      ),
    )
    const { csrfToken } = (await (await signIn()).json()) as { csrfToken: string }
    const act = (headers: Record<string, string>) =>
      call('/test-actions', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken, ...headers } })

    const missing = await act({})
    expect(missing.status).toBe(400)
    expect((await problemOf(missing)).errors).toEqual([
      expect.objectContaining({ in: 'header', parameter: 'Idempotency-Key', code: 'required' }),
    ])
    expect(await (await act({ 'Idempotency-Key': 'action-key-1' })).json()).toEqual({ action: 1 })
    expect(await (await act({ 'Idempotency-Key': 'action-key-1' })).json()).toEqual({ action: 1 })
    expect(await (await act({ 'Idempotency-Key': 'action-key-2' })).json()).toEqual({ action: 2 })
    expect(actions).toBe(2)
  })
})

describe('bad input never gets a 500', () => {
  it('answers 404 not-found problem+json for an unknown API path', async () => {
    const { call } = freshApi()
    const response = await call('/no-such-thing?x=1')
    expect(response.status).toBe(404)
    expect((await problemOf(response)).type).toBe(typeUri('not-found'))
  })

  const paramName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,15}$/)

  it('names any unknown query parameter in a 400 (property)', async () => {
    const { call } = freshApi()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/me', '/session/demo-accounts'),
        paramName,
        fc.string(),
        async (path, name, value) => {
          const response = await call(`${path}?${new URLSearchParams({ [name]: value }).toString()}`)
          expect(response.status).toBe(400)
          const body = await problemOf(response)
          expect(body.errors).toContainEqual(expect.objectContaining({ parameter: name, code: 'unknown' }))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('answers any path and method with a 4xx problem, never a 500 (property)', async () => {
    const { call } = freshApi()
    // Dot segments are left out: URL parsing resolves them, so they leave /api/v1 altogether.
    const segment = fc
      .stringMatching(/^[A-Za-z0-9._~-]{1,12}$/)
      .filter((text) => text !== '.' && text !== '..')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        async (method, segments) => {
          const response = await call(`/${segments.join('/')}`, { method })
          expect(response.status).toBeGreaterThanOrEqual(400)
          expect(response.status).toBeLessThan(500)
          await problemOf(response)
        },
      ),
      { numRuns: 80 },
    )
  })
})
