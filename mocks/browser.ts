import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/** Starts MSW's service worker for development. Requests with no handler pass through. */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers)
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}
