// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { server } from '../node'
import { createHandlers } from '../handlers'
import { createApiState } from './api-state'
import { deviceSessionLifetimeMs } from './session'

let hostCount = 0
const day = 24 * 60 * 60_000
const start = Date.parse('2026-12-04T10:30:00+08:00')

/**
 * A fresh API whose clock the test moves (the simulator's clock, as `--now` sets it for the mock
 * server), at a host of its own so that MSW's one cookie jar keeps tests apart.
 */
function freshApi() {
  let now = start
  const state = createApiState({ now: () => now })
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://device-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signIn = async (username: 'wall' | 'director') => {
    const response = await call('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'duban-demo' }),
    })
    expect(response.status).toBe(200)
    return { response, me: (await response.json()) as Record<string, unknown> & { csrfToken: string } }
  }
  const renew = (csrfToken?: string) =>
    call('/session/renewal', {
      method: 'POST',
      headers: csrfToken === undefined ? {} : { 'X-CSRF-Token': csrfToken },
    })
  return {
    state,
    call,
    signIn,
    renew,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('the wall’s device session', () => {
  it('lasts 30 days on the API’s clock, says so in /me and in the cookie, then ends', async () => {
    const api = freshApi()
    const { response, me } = await api.signIn('wall')
    expect(me.sessionExpiresAt).toBe('2027-01-03T10:30:00+08:00')
    expect(me.sessionLifetimeSeconds).toBe(30 * 24 * 3600)
    // MSW's jar reads the cookie; the header as sent is what a browser would keep for 30 days.
    expect(response.headers.get('Set-Cookie') ?? '').toMatch(/Max-Age=2592000/)

    api.advance(29 * day)
    const late = await api.call('/me')
    expect(late.status).toBe(200)
    expect(((await late.json()) as { sessionExpiresAt: string }).sessionExpiresAt).toBe(
      '2027-01-03T10:30:00+08:00',
    )
    expect((await api.call('/ticker')).status).toBe(200)

    api.advance(day)
    expect((await api.call('/me')).status).toBe(401)
    expect((await api.call('/ticker')).status).toBe(401)
    // Forgotten, as a real backend would.
    expect(api.state.sessions.size).toBe(0)
  })

  it('renews with the CSRF token: a new end, a full lifetime from now', async () => {
    const api = freshApi()
    const { me } = await api.signIn('wall')
    api.advance(20 * day)
    const renewed = await api.renew(me.csrfToken)
    expect(renewed.status).toBe(200)
    expect(await renewed.json()).toEqual({
      sessionExpiresAt: '2027-01-23T10:30:00+08:00',
      sessionLifetimeSeconds: deviceSessionLifetimeMs / 1000,
    })
    expect(renewed.headers.get('Set-Cookie') ?? '').toMatch(/Max-Age=2592000/)

    // Past the first end, the renewed session still works.
    api.advance(15 * day)
    const meAfter = await api.call('/me')
    expect(meAfter.status).toBe(200)
    expect(((await meAfter.json()) as { sessionExpiresAt: string }).sessionExpiresAt).toBe(
      '2027-01-23T10:30:00+08:00',
    )
  })

  it('refuses a renewal without the CSRF token, or with a wrong one', async () => {
    const api = freshApi()
    await api.signIn('wall')
    for (const response of [await api.renew(), await api.renew('f'.repeat(32))]) {
      expect(response.status).toBe(403)
      expect(((await response.json()) as { type: string }).type).toMatch(/csrf-missing$/)
    }
    const me = (await (await api.call('/me')).json()) as { sessionExpiresAt: string }
    expect(me.sessionExpiresAt).toBe('2027-01-03T10:30:00+08:00')
  })

  it('cannot renew a session that already ended', async () => {
    const api = freshApi()
    const { me } = await api.signIn('wall')
    api.advance(deviceSessionLifetimeMs)
    const response = await api.renew(me.csrfToken)
    expect(response.status).toBe(401)
    expect(((await response.json()) as { type: string }).type).toMatch(/unauthenticated$/)
    expect((await api.call('/me')).status).toBe(401)
  })

  it('leaves other roles’ sessions as they were: no end, nothing to renew', async () => {
    const api = freshApi()
    const { response, me } = await api.signIn('director')
    expect(me).not.toHaveProperty('sessionExpiresAt')
    expect(me).not.toHaveProperty('sessionLifetimeSeconds')
    expect(response.headers.get('Set-Cookie') ?? '').not.toMatch(/Max-Age/)
    const renewal = await api.renew(me.csrfToken)
    expect(renewal.status).toBe(403)
    expect(((await renewal.json()) as { type: string }).type).toMatch(/forbidden$/)
    api.advance(365 * day)
    expect((await api.call('/me')).status).toBe(200)
  })
})
