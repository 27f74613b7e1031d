import { QueryClient } from '@tanstack/react-query'

/** One QueryClient per app (and per test); feature code receives it through context only. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A dashboard polls; a failed poll keeps the last good data (TanStack keeps `data`
        // on error), and panels show it as stale.
        retry: 2,
        refetchOnWindowFocus: true,
        staleTime: 10_000,
      },
    },
  })
}
