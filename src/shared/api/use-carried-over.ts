import {
  hashKey,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import { useState } from 'react'

interface Carried<TOptions> {
  scope: string | undefined
  hash: string
  /** The options the answer was asked with: its key, and the function that fetches that key. */
  options: TOptions
}

/**
 * `useQuery` for a query whose key the clock moves on (at midnight "today" becomes a new day, on
 * 1 January "this year" a new year): the last key's answer stays until the new key has one.
 * Without this the figures would vanish at midnight while the new day's load runs, and for good
 * if it fails, on a wall display nobody is watching. The carried answer reads as TanStack
 * Query's own: a placeholder (`isPlaceholderData`) while the new key loads, a failed refresh
 * (`isError` with `data` and its own `dataUpdatedAt`) when it fails, so panels mark it stale
 * with the day it is from.
 *
 * Only within one `scope`: a reader's own choice (another district, another period) must not
 * show the previous choice's figures, even marked stale. Pass what the reader chose, not the
 * dates the clock derives from it; `undefined` carries nothing (a panel shown outside a page).
 */
export function useCarriedOver<
  TQueryFnData,
  TError = Error,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  scope: string | undefined,
): UseQueryResult<TData, TError> {
  const result = useQuery(options)
  const [carried, setCarried] = useState<Carried<typeof options> | undefined>(undefined)
  const hash = hashKey(options.queryKey)
  // The last key with an answer, remembered during render (React's pattern for information
  // from earlier renders): the render where the key moves on must already find it.
  if (result.data !== undefined && (carried?.hash !== hash || carried.scope !== scope))
    setCarried({ scope, hash, options })
  // The carried key's answer is read from the cache, not kept here: what the cache forgets (a
  // sign-out clears it) is forgotten on screen too. The observer also keeps the query from being
  // collected while it shows, and never fetches. It observes with the carried key's own options:
  // an observer's options become its query's, and the new key's function in them made the old
  // query's next attempt (a retry of a poll under way at midnight) fetch the new day under the
  // old day's key, twice at once with the new query's own request.
  const previous = useQuery({ ...(carried?.options ?? options), enabled: false })
  const carrying = scope !== undefined && carried?.scope === scope && carried.hash !== hash
  const data = previous.data
  if (!carrying || result.data !== undefined || data === undefined) return result
  const common = { data, dataUpdatedAt: previous.dataUpdatedAt }
  // The spreads below observe every change of the query, but only while an answer is carried:
  // from midnight until the new day's answer, a few renders a day.
  if (result.status === 'error')
    // eslint-disable-next-line @tanstack/query/no-rest-destructuring -- see above
    return { ...result, ...common, isLoadingError: false, isRefetchError: true }
  return {
    // eslint-disable-next-line @tanstack/query/no-rest-destructuring -- see above
    ...result,
    ...common,
    status: 'success',
    isPending: false,
    isSuccess: true,
    isLoading: false,
    isPlaceholderData: true,
  }
}
