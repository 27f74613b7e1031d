import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { isUnauthenticated, meQueryOptions, sessionQueryKeys } from '@/entities/session/me-query'
import { needsRenewal, renewSessionMutationOptions } from '@/entities/session/session-renewal'

/** While signed in, the session is looked at hourly (and at load): is it time to renew it? */
export const renewalCheckEveryMs = 60 * 60_000

const meHash = hashKey(sessionQueryKeys.me)
const isMe = (query: { queryHash: string }) => query.queryHash === meHash

/**
 * The wall's device session. The wall signs in once and runs for weeks: it renews its session
 * when less than half of its lifetime is left, and when the session is lost anyway (it ran out,
 * someone signed out, the server forgot it) it says so and keeps its last figures, never leaving
 * for the sign-in page (src/app/app.tsx leaves the wall alone on a 401). It keeps asking, so it
 * recovers by itself once the browser has a session again (an administrator signed in, in any
 * tab of this browser).
 * Returns whether a sign-in is needed, and whether the session is known (the CSRF token is there).
 */
export function useDeviceSession(refreshMs: number): {
  signInNeeded: boolean
  signedIn: boolean
  /** Whether this user reports as a wall display (a director looking at the wall does not). */
  reportsStatus: boolean
} {
  const queryClient = useQueryClient()
  const me = useQuery({
    ...meQueryOptions(),
    // Signed out, ask at the figures' pace, to notice a new sign-in soon.
    refetchInterval: (query) => (query.state.status === 'error' ? refreshMs : renewalCheckEveryMs),
    refetchIntervalInBackground: false,
  })
  const signInNeeded = me.isError && isUnauthenticated(me.error)

  // The figures' polls notice a lost session first (every refresh, GET /me hourly): one 401
  // among them has `GET /me` asked at once, which then tells the banner.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return
        if (isMe(event.query) || !isUnauthenticated(event.action.error)) return
        const meState = queryClient.getQueryState(sessionQueryKeys.me)
        if (meState?.fetchStatus === 'fetching' || isUnauthenticated(meState?.error)) return
        void queryClient.refetchQueries({ queryKey: sessionQueryKeys.me, exact: true })
      }),
    [queryClient],
  )

  // Signed in again: every figure is asked for now, not at its next (maybe backed-off) poll.
  const wasSignedOut = useRef(false)
  useEffect(() => {
    if (signInNeeded) wasSignedOut.current = true
    else if (wasSignedOut.current && me.isSuccess) {
      wasSignedOut.current = false
      void queryClient.invalidateQueries({ predicate: (query) => !isMe(query) })
    }
  }, [signInNeeded, me.isSuccess, queryClient])

  const { mutate: renew } = useMutation(renewSessionMutationOptions(queryClient))
  useEffect(() => {
    if (needsRenewal(me.data, Date.now())) renew()
    // At load and after each answer of GET /me (hourly), never every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me.dataUpdatedAt, renew])

  return {
    signInNeeded,
    signedIn: me.isSuccess,
    reportsStatus: me.data?.permissions.includes('reportWallStatus') ?? false,
  }
}
