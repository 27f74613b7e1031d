import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { apiFetch } from '@/shared/api/api-fetch'
import { sessionRenewalSchema } from '@/shared/api/validators.gen'
import { sessionQueryKeys } from './me-query'
import type { Me } from './session-schema'

export type SessionRenewal = z.output<typeof sessionRenewalSchema>

/**
 * Whether a device session should be renewed now: when less than half of its lifetime is left.
 * Half leaves days of retries (the wall checks hourly) before the session ends, while renewing
 * at most every couple of weeks. Sessions without a fixed end (other roles) never are.
 */
export function needsRenewal(
  session: { sessionExpiresAt?: string; sessionLifetimeSeconds?: number } | undefined,
  nowMs: number,
): boolean {
  if (session?.sessionExpiresAt === undefined || session.sessionLifetimeSeconds === undefined) return false
  const end = Date.parse(session.sessionExpiresAt)
  if (!Number.isFinite(end)) return false
  return end - nowMs < (session.sessionLifetimeSeconds * 1000) / 2
}

/**
 * `POST /session/renewal`: extends a device session by its full lifetime. The new end goes into
 * the cached `Me`, so the next check sees it without asking `GET /me` again.
 */
export function renewSessionMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: ['session', 'renewal'] as const,
    mutationFn: () => apiFetch('/session/renewal', { method: 'POST', schema: sessionRenewalSchema }),
    // The next check (hourly) tries again; a lost session shows as such on the wall.
    retry: false,
    meta: { handlesUnauthenticated: true },
    onSuccess: (renewal: SessionRenewal) => {
      queryClient.setQueryData<Me>(sessionQueryKeys.me, (me) => (me ? { ...me, ...renewal } : me))
    },
  })
}
