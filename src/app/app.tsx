import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import type { i18n as I18n } from 'i18next'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { PreferencesSync } from './preferences-sync'
import { watchUnauthenticated } from './query-client'
import type { createAppRouter } from './router'
import { redirectToSignIn } from './sign-in-redirect'

export interface AppProps {
  queryClient: QueryClient
  router: ReturnType<typeof createAppRouter>
  i18n: I18n
}

/** The providers every screen needs. Created by the entry point (or a test) and passed in. */
export function App({ queryClient, router, i18n }: AppProps) {
  // Any API call answering 401 means the session is gone: sign in, then come back here.
  useEffect(
    () => watchUnauthenticated(queryClient, () => redirectToSignIn(router, queryClient)),
    [queryClient, router],
  )

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <PreferencesSync />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  )
}
