import type { Permission } from '@/entities/session/session-schema'
import type { ApiContext } from './api-context'
import { instanceOf, problem } from './problem'
import { authenticate, type Authenticated } from './session'

export type DeskAccess = { ok: true; auth: Authenticated } | { ok: false; response: Response }

/**
 * The gate of the alerts, reports and reference endpoints: 401 without a session, 403 without
 * `permission` (the contract's `requiredPermission`), so the rule lives in the API.
 */
export function requireDeskPermission(
  context: ApiContext,
  request: Request,
  cookies: Record<string, string>,
  permission: Permission,
): DeskAccess {
  const instance = instanceOf(request)
  const auth = authenticate(context, cookies)
  if (!auth) return { ok: false, response: problem('unauthenticated', { detail: 'Not signed in', instance }) }
  if (!auth.user.permissions.includes(permission)) {
    return {
      ok: false,
      response: problem('forbidden', {
        detail: `The role ${auth.user.role} may not do this`,
        requiredPermission: permission,
        instance,
      }),
    }
  }
  return { ok: true, auth }
}
