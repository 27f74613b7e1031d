import type { ApiContext } from './api-context'
import { instanceOf, problem } from './problem'
import { authenticate, type Authenticated } from './session'

/**
 * The gate of every aggregate endpoint: 401 without a session, 403 without `readAggregates`
 * (all three roles hold it today; the check keeps the rule in the API, not in the role list).
 */
export function requireAggregates(
  context: ApiContext,
  request: Request,
  cookies: Record<string, string>,
): { ok: true; auth: Authenticated } | { ok: false; response: Response } {
  const instance = instanceOf(request)
  const auth = authenticate(context, cookies)
  if (!auth) return { ok: false, response: problem('unauthenticated', { detail: 'Not signed in', instance }) }
  if (!auth.user.permissions.includes('readAggregates')) {
    return {
      ok: false,
      response: problem('forbidden', {
        detail: 'This role may not read aggregates',
        instance,
        requiredPermission: 'readAggregates',
      }),
    }
  }
  return { ok: true, auth }
}
