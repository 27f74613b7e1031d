import type { QueryClient } from '@tanstack/react-query'

/**
 * What `npm run bench` drives: one call runs a whole refresh cycle (every query on screen asks
 * the server again, as a poll would), so hundreds of cycles take seconds instead of hundreds of
 * 30 s polling intervals. It only refetches what the page already shows: no data, no state of
 * its own, nothing a user could not do with the manual refresh.
 */
export interface DubanBenchHook {
  /** Refetches every active query; resolves when all of them have settled. */
  refreshAll(): Promise<void>
}

declare global {
  interface Window {
    __dubanBench?: DubanBenchHook
  }
}

export function installBenchHook(queryClient: QueryClient): void {
  window.__dubanBench = { refreshAll: () => queryClient.refetchQueries({ type: 'active' }) }
}
