import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { NotFoundPage } from '@/pages/not-found/not-found-page'
import { RouteErrorPage } from './route-error-page'
import { parseSearch, stringifySearch } from './search/url-search'
import { routeTree } from './route-tree.gen'
import { scrollRestorationKey } from './scroll-restoration-key'

export interface RouterContext {
  queryClient: QueryClient
}

export interface AppRouterOptions {
  /** The browser's history by default; tests pass a memory history at the URL they need. */
  history?: RouterHistory
}

export function createAppRouter(queryClient: QueryClient, { history }: AppRouterOptions = {}) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    // Query owns caching; the router must always ask it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
    getScrollRestorationKey: scrollRestorationKey,
    parseSearch,
    stringifySearch,
  })
  // No preloading while offline, whichever link asks (a hover, a focus): a page's code asked for
  // then fails, and Chromium keeps that failure until a reload (shared/lib/when-online.ts), so the
  // page could not open once the network is back. A click still navigates, and says why it waits.
  const preloadRoute = router.preloadRoute
  router.preloadRoute = (options) => (navigator.onLine ? preloadRoute(options) : Promise.resolve(undefined))
  return router
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
