/** What the polling reads of a query (any TanStack Query `Query` has it). */
interface PolledQuery {
  state: { status: string; dataUpdatedAt: number; errorUpdatedAt: number }
}

/** The longest wait between two tries while the API keeps failing: recovery within two minutes. */
export const maxPollBackoffMs = 2 * 60_000

/**
 * The wait before the next poll of a query whose refreshes fail. Every wall in the city asking a
 * struggling API every refresh interval only adds to its trouble, so the wait grows with how
 * long the query has been failing (half of it: 30 s, 30 s, 45 s, 68 s, … with 30 s refreshes),
 * up to two minutes, so that the wall still recovers soon after the API does. Within one poll,
 * TanStack Query's own retries wait 1 s, then 2 s (src/app/query-client.ts).
 */
export function backedOffIntervalMs(refreshMs: number, failingForMs: number): number {
  const cap = Math.max(refreshMs, maxPollBackoffMs)
  return Math.min(cap, Math.max(refreshMs, Math.round(failingForMs / 2)))
}

/**
 * Polling options for the wall's queries: the refresh interval while they succeed, backed off
 * while a query that has figures keeps failing (since its last success). A query with nothing
 * to show yet keeps the plain interval: the wall has nothing better to do than ask.
 */
export function wallPolling(refreshMs: number) {
  return {
    refetchInterval: (query: PolledQuery): number => {
      const { status, dataUpdatedAt, errorUpdatedAt } = query.state
      if (status !== 'error' || dataUpdatedAt === 0) return refreshMs
      return backedOffIntervalMs(refreshMs, errorUpdatedAt - dataUpdatedAt)
    },
    refetchIntervalInBackground: false as const,
  }
}

/**
 * The wall's scope for useCarriedOver: the wall has no choices of its own (its link fixes them),
 * so every answer stays on screen until the next day's arrives.
 */
export const wallCarryScope = 'wall'
