import type { QueryClient } from '@tanstack/react-query'
import { sessionQueryKeys } from '@/entities/session/me-query'
import { setCsrfToken } from '@/shared/api/csrf-token'
import type { createAppRouter } from './router'

/**
 * Pages that deal with a lost session themselves and must never be taken to the sign-in page:
 * the wall display runs unattended in a room, and keeps its last figures with a "sign-in needed"
 * banner until a session exists again (src/pages/wall/use-device-session.ts).
 */
export function handlesSignOutItself(pathname: string): boolean {
  return pathname === '/wall'
}

/**
 * Goes to the sign-in page, remembering the current URL (path, search and hash) to return to.
 * Nothing happens on the sign-in page itself: its own requests (a wrong password, the demo
 * account list) answer 401 too, and redirecting there would loop.
 */
export function redirectToSignIn(router: ReturnType<typeof createAppRouter>, queryClient: QueryClient): void {
  const { pathname, href } = router.state.location
  if (pathname === '/sign-in') return
  setCsrfToken(undefined)
  queryClient.removeQueries({ queryKey: sessionQueryKeys.me })
  void router.navigate({ to: '/sign-in', search: { redirect: href }, replace: true })
}
