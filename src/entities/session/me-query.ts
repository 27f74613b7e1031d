import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { isApiError } from '@/shared/api/api-error'
import { setCsrfToken } from '@/shared/api/csrf-token'
import { demoAccountsSchema, meSchema } from './session-schema'

/** The API said "not signed in": signing in helps, retrying does not. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 401
}

export const sessionQueryKeys = {
  me: ['session', 'me'] as const,
  demoAccounts: ['session', 'demo-accounts'] as const,
}

/**
 * Who is signed in (`GET /me`). Reading it also refreshes the CSRF token kept in memory, so a
 * reloaded page can send unsafe requests again without signing in anew.
 */
export function meQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKeys.me,
    queryFn: async ({ signal }) => {
      const me = await apiFetch('/me', { schema: meSchema, signal })
      setCsrfToken(me.csrfToken)
      return me
    },
    // The user does not change under a session; a 401 elsewhere sends them to sign in anyway.
    staleTime: 5 * 60_000,
    retry: (failureCount, error) => !isUnauthenticated(error) && failureCount < 2,
  })
}

/**
 * The demo accounts, which only the mock API lists. A real backend answers 404: then there is
 * nothing to show, not an error, so the query neither retries nor reports.
 */
export function demoAccountsQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKeys.demoAccounts,
    queryFn: ({ signal }) => apiFetch('/session/demo-accounts', { schema: demoAccountsSchema, signal }),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  })
}
