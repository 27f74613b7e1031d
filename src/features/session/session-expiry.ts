import type { QueryClient } from '@tanstack/react-query'
import { create } from 'zustand'
import { sessionQueryKeys } from '@/entities/session/me-query'
import type { Me } from '@/entities/session/session-schema'
import { setCsrfToken } from '@/shared/api/csrf-token'
import { holdDraftsFor, releaseDraftsTo } from '@/shared/drafts/drafts-store'

/** Whether the session of the user on this page ended under them (a 401 mid-shift). */
export const useSessionExpiry = create<{ expired: boolean }>()(() => ({ expired: false }))

/**
 * The API said 401 to a signed-in page: hide the page (the shell shows sign-in in its place),
 * forget every answer cached for the user, keep their unsent text in memory for them alone.
 * The page is hidden first, so nothing on screen asks again for what is being cleared.
 */
export function expireSession(queryClient: QueryClient): void {
  const me = queryClient.getQueryData<Me>(sessionQueryKeys.me)
  if (me) holdDraftsFor(me.id)
  useSessionExpiry.setState({ expired: true })
  setCsrfToken(undefined)
  queryClient.clear()
}

/** Someone signed in over the expired page: it comes back, with their drafts if it is them. */
export function resumeSession(me: Me): void {
  releaseDraftsTo(me.id)
  useSessionExpiry.setState({ expired: false })
}

/** Whether a 401 interrupts a signed-in user (rather than finding nobody signed in yet). */
export function hadSignedInUser(queryClient: QueryClient): boolean {
  return queryClient.getQueryData(sessionQueryKeys.me) !== undefined
}
