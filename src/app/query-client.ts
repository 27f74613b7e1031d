import { QueryClient } from '@tanstack/react-query'
import { isUnauthenticated } from '@/entities/session/me-query'
import { isApiError } from '@/shared/api/api-error'

/**
 * Whether a failed query is worth trying again: a client error (bad parameter, not found,
 * not signed in, forbidden) will fail the same way, except a timeout (408) or a rate limit.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (!isApiError(error) || error.kind !== 'http' || error.status === undefined) return true
  // A server that asked for a long pause gets it: the next poll asks again, not a retry.
  if ((error.retryAfterSeconds ?? 0) > maxRetryAfterSeconds) return false
  return error.status >= 500 || error.status === 408 || error.status === 429
}

/** The longest Retry-After a query waits out to retry; beyond it the next poll tries. */
const maxRetryAfterSeconds = 60

/**
 * The wait before a retry: TanStack Query's own back-off (1 s, 2 s, 4 s … up to 30 s), or the
 * server's Retry-After when it asked for longer (src/shared/api/retry-after-gate.ts sends
 * nothing before it anyway; waiting for it keeps the retry from being spent on that refusal).
 */
export function retryDelayMs(failureCount: number, error: unknown): number {
  const backOff = Math.min(1000 * 2 ** failureCount, 30_000)
  const retryAfterMs = isApiError(error) ? (error.retryAfterSeconds ?? 0) * 1000 : 0
  return Math.max(backOff, retryAfterMs)
}

/** One QueryClient per app (and per test); feature code receives it through context only. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A dashboard polls; a failed poll keeps the last good data (TanStack keeps `data`
        // on error), and panels show it as stale.
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        refetchOnWindowFocus: true,
        staleTime: 10_000,
      },
    },
  })
}

/**
 * Calls `onUnauthenticated` whenever a query or a mutation of `queryClient` fails with 401, so
 * the app can send the user to sign in from wherever the session ran out. It watches the
 * caches rather than taking QueryCache/MutationCache `onError` options, so that it works with
 * any QueryClient (tests build their own). A mutation that handles 401 itself says so with
 * `meta: { handlesUnauthenticated: true }`. Returns the unsubscribe function.
 */
export function watchUnauthenticated(queryClient: QueryClient, onUnauthenticated: () => void): () => void {
  const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && isUnauthenticated(event.action.error)) {
      onUnauthenticated()
    }
  })
  const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
    if (
      event.type === 'updated' &&
      event.action.type === 'error' &&
      event.mutation.meta?.handlesUnauthenticated !== true &&
      isUnauthenticated(event.action.error)
    ) {
      onUnauthenticated()
    }
  })
  return () => {
    unsubscribeQueries()
    unsubscribeMutations()
  }
}
