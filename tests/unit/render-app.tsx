import { QueryClient } from '@tanstack/react-query'
import { createMemoryHistory } from '@tanstack/react-router'
import { act, render, type RenderResult } from '@testing-library/react'
import { userEvent, type UserEvent } from '@testing-library/user-event'
import { App } from '@/app/app'
import { createAppRouter } from '@/app/router'
import { createI18n } from '@/shared/i18n/i18n'
import type { Locale } from '@/shared/i18n/locales'
import { usePreferences } from '@/shared/preferences/preferences-store'

export interface RenderAppOptions {
  /** The UI language to start in; the stored preference (zh-CN by default) otherwise. */
  locale?: Locale
  /**
   * The demo account whose session the browser already has (the director by default, as most
   * tests are about a signed-in user); `null` for a browser that is not signed in.
   */
  signedInAs?: 'director' | 'staff' | 'wall' | null
  /**
   * The app's QueryClient; by default one without retries, so that a failed request shows its
   * error at once (the fault matrix passes the app's own, retries and back-off included).
   */
  queryClient?: QueryClient
}

/**
 * Signs in through the mock API before the app starts, as an earlier visit would have. MSW keeps
 * the session cookie in its own jar and sends it with the app's later requests.
 */
export async function signInAs(username: 'director' | 'staff' | 'wall'): Promise<void> {
  const response = await fetch(new URL('/api/v1/session', document.baseURI), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  if (!response.ok) throw new Error(`signing in as ${username} failed: HTTP ${response.status}`)
}

export interface RenderAppResult extends RenderResult {
  user: UserEvent
  router: ReturnType<typeof createAppRouter>
  queryClient: QueryClient
}

/** A failed request must show its error at once, not after retries with back-off. */
function noRetryQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
}

/**
 * Renders the whole app at `url`, as a browser opening that address would, with its own
 * QueryClient (no cache or retries shared between tests), router and i18n instance. Resolves
 * once the router has matched and loaded the URL, so the page is on screen.
 */
export async function renderApp(
  url = '/',
  { locale, signedInAs = 'director', queryClient = noRetryQueryClient() }: RenderAppOptions = {},
): Promise<RenderAppResult> {
  if (signedInAs !== null) await signInAs(signedInAs)
  if (locale) usePreferences.getState().setLanguage(locale)
  const router = createAppRouter(queryClient, {
    history: createMemoryHistory({ initialEntries: [url] }),
  })
  const i18n = createI18n(usePreferences.getState().language)
  const user = userEvent.setup()

  const view = render(<App queryClient={queryClient} router={router} i18n={i18n} />)
  await act(() => router.load())
  return { ...view, user, router, queryClient }
}
