/**
 * The bench's simulator page: the mock API's handlers on the browser's main thread, as in
 * development and the demo build, without the service worker's transport (which only relays
 * the request). It answers the same cold one-year summary as tests/bench/api-bench.ts `--cold`,
 * then a year two years earlier, and leaves both times in `window.__simulatorBench`.
 */
import { getResponse } from 'msw'
import { createApiState } from '../../../mocks/api/api-state'
import { sessionCookieName } from '../../../mocks/api/session'
import { createHandlers } from '../../../mocks/handlers'

const anchor = Date.parse('2026-11-28T15:00:00+08:00')
const started = performance.now()
const state = createApiState({ seed: 20_230_101, now: () => anchor + (performance.now() - started) })
const handlers = createHandlers({ state })

// Signed in the short way: a session in the state and its cookie where MSW reads a page's
// cookies (a script may not set the Cookie header of a Request).
const token = 'bench-session'
state.sessions.set(token, { token, userId: 'u-director', csrfToken: 'bench-csrf', createdAtMs: Date.now() })
document.cookie = `${sessionCookieName}=${token}; path=/`

async function timed(path: string, query: Record<string, string>): Promise<number> {
  const url = `${location.origin}/api/v1${path}?${new URLSearchParams(query).toString()}`
  const t0 = performance.now()
  const response = await getResponse(handlers, new Request(url))
  const body = await response?.text()
  const ms = performance.now() - t0
  if (response?.status !== 200) throw new Error(`${path}: HTTP ${String(response?.status)} ${body ?? ''}`)
  return ms
}

const coldMs = await timed('/kpis/summary', { from: '2025-11-29', to: '2026-11-28' })
const nextYearMs = await timed('/kpis/summary', { from: '2023-11-29', to: '2024-11-28' })
;(window as { __simulatorBench?: unknown }).__simulatorBench = { coldMs, nextYearMs }
