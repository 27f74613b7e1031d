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
}

export interface RenderAppResult extends RenderResult {
  user: UserEvent
  router: ReturnType<typeof createAppRouter>
  queryClient: QueryClient
}

/**
 * Renders the whole app at `url`, as a browser opening that address would, with its own
 * QueryClient (no cache or retries shared between tests), router and i18n instance. Resolves
 * once the router has matched and loaded the URL, so the page is on screen.
 */
export async function renderApp(url = '/', { locale }: RenderAppOptions = {}): Promise<RenderAppResult> {
  // A failed request must show its error at once, not after retries with back-off.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
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
