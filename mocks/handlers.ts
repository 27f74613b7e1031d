import type { RequestHandler } from 'msw'
import type { ApiContext, CookieTransport } from './api/api-context'
import { createApiState, type ApiState } from './api/api-state'
import { csrfGuard, sessionHandlers, unknownApiPathHandler } from './api/session-handlers'

export interface HandlerOptions {
  /** A fresh state by default; tests pass their own to inspect or share it. */
  state?: ApiState
  /** See CookieTransport: MSW's cookie jar unless served over real HTTP. */
  cookieTransport?: CookieTransport
}

/**
 * The API's handlers, one list for all three ways it is served: the browser worker (dev and
 * demo), the Node server (tests) and the mock HTTP server. Order matters: MSW asks each
 * handler in turn until one answers.
 */
export function createHandlers({
  state = createApiState(),
  cookieTransport = 'msw-cookie-store',
}: HandlerOptions = {}): RequestHandler[] {
  const context: ApiContext = { state, cookieTransport }
  return [
    // FAULT INJECTION AND SCENARIO SELECTION go here, first (issue 3, not yet written): they
    // must see every request before any endpoint answers it, to fail, delay or reshape it.
    // Guards next: they answer only to refuse a request.
    csrfGuard(context),
    ...sessionHandlers(context),
    // Resource handlers (KPIs, work orders, escalations, …) go here.
    unknownApiPathHandler(),
  ]
}

/** The state behind `handlers`; tests reset it after each test (tests/unit/setup.ts). */
export const apiState = createApiState()

export const handlers: RequestHandler[] = createHandlers({ state: apiState })
