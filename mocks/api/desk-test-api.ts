import { expect } from 'vitest'
import { createHandlers } from '../handlers'
import { server } from '../node'
import type { ApiState } from './api-state'

let hostCount = 0

/**
 * A client of the handlers over `state` at a host of its own (MSW keeps one cookie jar per
 * process): signs in as a role and sends unsafe requests with the session's CSRF token, as the
 * app does. For the tests of the alerts, reports and reference endpoints.
 */
export function deskTestApi(state: ApiState) {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://desk-${hostCount}.duban.test`
  let csrfToken = ''
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signIn = async (username: 'director' | 'staff' | 'wall') => {
    const response = await call('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'duban-demo' }),
    })
    expect(response.status).toBe(200)
    csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken
  }
  const post = (
    path: string,
    { body, key, csrf = true }: { body?: unknown; key?: string; csrf?: boolean } = {},
  ) =>
    call(path, {
      method: 'POST',
      headers: {
        ...(csrf ? { 'X-CSRF-Token': csrfToken } : {}),
        ...(key === undefined ? {} : { 'Idempotency-Key': key }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return { call, signIn, post }
}
