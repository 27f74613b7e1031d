import { setupWorker } from 'msw/browser'
import { createApiState } from './api/api-state'
import { createHandlers } from './handlers'

/**
 * Starts MSW's service worker for development (and the demo build). Requests with no handler
 * pass through. The session cookie lives in MSW's cookie jar (localStorage; see
 * CookieTransport) and the sessions in localStorage too, so a reload stays signed in.
 */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...createHandlers({ state: createApiState({ storage: localStorage }) }))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}
