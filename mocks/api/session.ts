import type { Me, Permission, Role } from '@/entities/session/session-schema'
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
 * HttpOnly: scripts cannot read it (XSS cannot steal the session). SameSite=Strict: no other
 * site's page makes the browser send it. Path=/api: the app's files never carry it. `Secure`
 * when the browser accepts it: over https, and on localhost (a secure context even over http,
 * where the tests run); MSW's own cookie jar works over http and gets no `Secure`.
 */
export function sessionCookie(token: string, { secure }: { secure: boolean }): string {
  return `${sessionCookieName}=${token}; Path=/api; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`
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
  const user = session && demoUsers.find((candidate) => candidate.id === session.userId)
  return session && user ? { session, user } : undefined
}

/** The contract's `Me`. */
export function meOf({ session, user }: Authenticated): Me {
  const { id, name, role, unit, permissions } = user
  return { id, name, role, unit, permissions, csrfToken: session.csrfToken }
}
