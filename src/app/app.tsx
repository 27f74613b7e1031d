import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import type { i18n as I18n } from 'i18next'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { expireSession, hadSignedInUser, useSessionExpiry } from '@/features/session/session-expiry'
import { PreferencesSync } from './preferences-sync'
import { watchUnauthenticated } from './query-client'
import type { createAppRouter } from './router'
import { handlesSignOutItself, redirectToSignIn } from './sign-in-redirect'

export interface AppProps {
  queryClient: QueryClient
  router: ReturnType<typeof createAppRouter>
  i18n: I18n
}

/** The providers every screen needs. Created by the entry point (or a test) and passed in. */
export function App({ queryClient, router, i18n }: AppProps) {
  // Any API call answering 401 means the session is gone. A user in the middle of their work
  // signs in over the page (which hides until then); a visitor nobody signed in yet goes to the
  // sign-in page and comes back here. Once sign-in is over the page, later 401s change nothing.
  // The wall display is the exception: it stays, with a banner of its own.
  useEffect(
    () =>
      watchUnauthenticated(queryClient, () => {
        if (useSessionExpiry.getState().expired) return
        if (handlesSignOutItself(router.state.location.pathname)) return
        if (hadSignedInUser(queryClient)) expireSession(queryClient)
        else redirectToSignIn(router, queryClient)
      }),
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
