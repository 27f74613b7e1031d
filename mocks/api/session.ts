import type { Me, Permission, Role } from '@/entities/session/session-schema'
import { toChinaIso } from '../sim/china-time'
import type { ApiContext } from './api-context'
import { randomToken, type StoredSession } from './api-state'

/**
 * Demo accounts, one per role. The mock lists them on the sign-in page (GET
 * /session/demo-accounts); a real backend has its own users and answers that path with 404.
 */
export const demoPassword = 'duban-demo'

/** What each role may do (public/openapi.yaml, "Roles"); the API enforces it. */
export const rolePermissions: Record<Role, Permission[]> = {
  director: [
    'readAggregates',
    'readWorkOrders',
    'readAllUnits',
    'remind',
    'revealContact',
    'supervise',
    'decide',
    'manageAlerts',
    'publishReports',
    'readDutyRoster',
    'readTicker',
    'readAlertSummaries',
  ],
  staff: [
    'readAggregates',
    'readWorkOrders',
    'remind',
    'revealContact',
    'readDutyRoster',
    'readTicker',
    'readAlertSummaries',
  ],
  wall: ['readAggregates', 'readTicker', 'readDutyRoster', 'reportWallStatus', 'readAlertSummaries'],
}

export type DemoUser = Omit<Me, 'csrfToken'> & { username: string; permissions: Permission[] }

// The staff member's unit is one of the simulator's handling units (mocks/sim/domain-codes.ts).
export const demoUsers: readonly DemoUser[] = [
  {
    id: 'u-director',
    username: 'director',
    name: '王建国',
    role: 'director',
    unit: null,
    permissions: rolePermissions.director,
  },
  {
    id: 'u-staff',
    username: 'staff',
    name: '李秀英',
    role: 'staff',
    unit: 'dg-bureau',
    permissions: rolePermissions.staff,
  },
  {
    id: 'u-wall',
    username: 'wall',
    name: '指挥中心大屏',
    role: 'wall',
    unit: null,
    permissions: rolePermissions.wall,
  },
]

export const sessionCookieName = 'duban_session'

/**
 * How long a device session (the `wall` role) lasts from sign-in or its last renewal: a screen
 * nobody sits at must not need a password every morning (public/openapi.yaml, "Sign-in").
 */
export const deviceSessionLifetimeMs = 30 * 24 * 60 * 60_000

/** Whether `role` signs in for a device session, which has a fixed end and is renewed. */
export function hasDeviceSession(role: Role): boolean {
  return role === 'wall'
}

/**
 * HttpOnly: scripts cannot read it (XSS cannot steal the session). SameSite=Strict: no other
 * site's page makes the browser send it. Path=/api: the app's files never carry it. `Secure`
 * when the browser accepts it: over https, and on localhost (a secure context even over http,
 * where the tests run); MSW's own cookie jar works over http and gets no `Secure`.
 */
export function sessionCookie(
  token: string,
  { secure, maxAgeSeconds }: { secure: boolean; maxAgeSeconds?: number },
): string {
  // A device session's cookie outlives a browser restart (a kiosk rebooted at night); others end
  // with the browser.
  const maxAge = maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`
  return `${sessionCookieName}=${token}; Path=/api${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
}

/** The cookie for `session`: with its remaining lifetime as Max-Age when it has a fixed end. */
export function cookieFor(context: ApiContext, session: StoredSession, secure: boolean): string {
  if (session.expiresAtMs === undefined) return sessionCookie(session.token, { secure })
  const maxAgeSeconds = Math.max(1, Math.ceil((session.expiresAtMs - context.state.now()) / 1000))
  return sessionCookie(session.token, { secure, maxAgeSeconds })
}

export function expiredSessionCookie({ secure }: { secure: boolean }): string {
  return `${sessionCookieName}=; Path=/api; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
}

/** Whether the cookie for `request` may be `Secure` (see sessionCookie). */
export function canUseSecureCookie(context: ApiContext, request: Request): boolean {
  if (context.cookieTransport === 'msw-cookie-store') return false
  const url = new URL(request.url)
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}

export function findDemoUser(username: string, password: string): DemoUser | undefined {
  return password === demoPassword ? demoUsers.find((user) => user.username === username) : undefined
}

export function createSession(context: ApiContext, user: DemoUser): StoredSession {
  const session: StoredSession = {
    token: randomToken(),
    userId: user.id,
    csrfToken: randomToken(),
    createdAtMs: Date.now(),
    ...(hasDeviceSession(user.role) ? { expiresAtMs: context.state.now() + deviceSessionLifetimeMs } : {}),
  }
  context.state.sessions.set(session.token, session)
  context.state.saveSessions()
  return session
}

export interface Authenticated {
  session: StoredSession
  user: DemoUser
}

/** The signed-in user of a request, from its session cookie; `undefined` when there is none. */
export function authenticate(
  context: ApiContext,
  cookies: Record<string, string>,
): Authenticated | undefined {
  const token = cookies[sessionCookieName]
  if (!token) return undefined
  const session = context.state.sessions.get(token)
  if (session?.expiresAtMs !== undefined && context.state.now() >= session.expiresAtMs) {
    // A device session that was not renewed in time is over, as a real backend would forget it.
    context.state.sessions.delete(token)
    context.state.saveSessions()
    return undefined
  }
  const user = session && demoUsers.find((candidate) => candidate.id === session.userId)
  return session && user ? { session, user } : undefined
}

/** Starts a device session's lifetime anew from now; returns it renewed. */
export function renewSession(context: ApiContext, session: StoredSession): StoredSession {
  const renewed: StoredSession = { ...session, expiresAtMs: context.state.now() + deviceSessionLifetimeMs }
  context.state.sessions.set(session.token, renewed)
  context.state.saveSessions()
  return renewed
}

/** The contract's `SessionRenewal` (and the same fields of `Me`) for a device session. */
export function sessionEndOf(
  session: StoredSession,
): { sessionExpiresAt: string; sessionLifetimeSeconds: number } | Record<string, never> {
  if (session.expiresAtMs === undefined) return {}
  return {
    sessionExpiresAt: toChinaIso(session.expiresAtMs),
    sessionLifetimeSeconds: deviceSessionLifetimeMs / 1000,
  }
}

/** The contract's `Me`. */
export function meOf({ session, user }: Authenticated): Me {
  const { id, name, role, unit, permissions } = user
  return { id, name, role, unit, permissions, csrfToken: session.csrfToken, ...sessionEndOf(session) }
}
