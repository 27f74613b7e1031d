import type { RequestHandler } from 'msw'
import type { ApiContext, CookieTransport } from './api/api-context'
import { createApiState, type ApiState } from './api/api-state'
import { createFaultRegistry, faultHandler, type FaultRegistry } from './api/faults'
import { alertHandlers } from './api/alert-handlers'
import { approvalHandlers } from './api/approval-handlers'
import { calendarHandlers } from './api/calendar-handlers'
import { contactHandlers } from './api/contact-handlers'
import { hotspotHandlers } from './api/hotspot-handlers'
import { kpiHandlers } from './api/kpi-handlers'
import { referenceHandlers } from './api/reference-handlers'
import { reportHandlers } from './api/report-handlers'
import { riseHandlers } from './api/rise-handlers'
import { tickerHandlers } from './api/ticker-handlers'
import { escalationHandlers } from './api/escalation-handlers'
import { suggestionHandlers } from './api/suggestion-handlers'
import { wallDisplayHandlers } from './api/wall-display-handlers'
import { csrfGuard, sessionHandlers, unknownApiPathHandler } from './api/session-handlers'
import { workOrderHandlers } from './api/work-order-handlers'

export interface HandlerOptions {
  /** A fresh state by default; tests pass their own to inspect or share it. */
  state?: ApiState
  /** See CookieTransport: MSW's cookie jar unless served over real HTTP. */
  cookieTransport?: CookieTransport
  /** Faults to inject per endpoint (mocks/api/faults.ts); none by default. */
  faults?: FaultRegistry
}

/**
 * The API's handlers, one list for all three ways it is served: the browser worker (dev and
 * demo), the Node server (tests) and the mock HTTP server. Order matters: MSW asks each
 * handler in turn until one answers.
 */
export function createHandlers({
  state = createApiState(),
  cookieTransport = 'msw-cookie-store',
  faults = createFaultRegistry(),
}: HandlerOptions = {}): RequestHandler[] {
  const context: ApiContext = { state, cookieTransport }
  const list: RequestHandler[] = [
    // Fault injection first: it must see every request before any endpoint answers it, to
    // fail, delay or reshape it (it asks the rest of `list` for the real answer to reshape).
    // The scenario is the state's (createApiState({ scenario })).
    faultHandler(faults, () => list),
    // Guards next: they answer only to refuse a request.
    csrfGuard(context),
    ...sessionHandlers(context),
    ...workOrderHandlers(context),
    ...contactHandlers(context),
    ...kpiHandlers(context),
    ...calendarHandlers(context),
    ...escalationHandlers(context),
    ...suggestionHandlers(context),
    ...approvalHandlers(context),
    ...alertHandlers(context),
    ...hotspotHandlers(context),
    ...riseHandlers(context),
    ...reportHandlers(context),
    ...referenceHandlers(context),
    ...tickerHandlers(context),
    ...wallDisplayHandlers(context),
    unknownApiPathHandler(),
  ]
  return list
}

/** The state behind `handlers`; tests reset it after each test (tests/unit/setup.ts). */
export const apiState = createApiState()

/** The faults behind `handlers`: tests set them (`faults.set(…)`), the setup resets them after each test. */
export const faults = createFaultRegistry()

export const handlers: RequestHandler[] = createHandlers({ state: apiState, faults })
