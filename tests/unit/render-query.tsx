import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'

/**
 * Renders a hook that runs queries (query options against the MSW API), with a QueryClient of
 * its own that does not retry: a failed request must show its error at once.
 */
export function renderQuery<T>(useHook: () => T) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  return { ...renderHook(useHook, { wrapper }), queryClient }
}

/**
 * For `waitFor`: the simulator builds the days a request covers on first use, which can take
 * seconds on a slow machine.
 */
export const patiently = { timeout: 15_000 }
