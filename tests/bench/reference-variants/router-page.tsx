/** A router with the page as its only route, the way the app's pages are reached. */
import type { ReactElement } from 'react'
import { createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router'

/** The router, made once, rendering `page` at every path. */
export function routed(page: () => ReactElement) {
  const rootRoute = createRootRoute()
  const pageRoute = createRoute({ getParentRoute: () => rootRoute, path: '$', component: page })
  return <RouterProvider router={createRouter({ routeTree: rootRoute.addChildren([pageRoute]) })} />
}
