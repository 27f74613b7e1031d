import type { Permission } from '@/entities/session/session-schema'
import type { ApiContext } from './api-context'
import { instanceOf, problem } from './problem'
import { authenticate, type Authenticated } from './session'

/**
 * Who may call an endpoint: the gate every handler that needs a permission passes first, so
 * the role rules live in the API (and the contract's `requiredPermission` names what is missing).
 */
export type Access = { ok: true; auth: Authenticated } | { ok: false; response: Response }

/** 401 without a session, 403 without `permission` (the contract's `requiredPermission`). */
export function requirePermission(
  context: ApiContext,
  request: Request,
  cookies: Record<string, string>,
  permission: Permission,
): Access {
  const instance = instanceOf(request)
  const auth = authenticate(context, cookies)
  if (!auth) return { ok: false, response: problem('unauthenticated', { detail: 'Not signed in', instance }) }
  if (!auth.user.permissions.includes(permission))
    return { ok: false, response: forbidden(request, auth, permission) }
  return { ok: true, auth }
}

export function forbidden(
  request: Request,
  auth: Authenticated,
  permission: Permission,
  detail?: string,
): Response {
  return problem('forbidden', {
    detail: detail ?? `The role ${auth.user.role} may not do this`,
    requiredPermission: permission,
    instance: instanceOf(request),
  })
}
