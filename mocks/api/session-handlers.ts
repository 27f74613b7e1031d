import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import type { DemoAccount } from '@/entities/session/session-schema'
import { apiBasePath, apiPath, jsonResponse, type ApiContext } from './api-context'
import { idempotent } from './idempotency'
import { readJsonBody } from './json-body'
import { parseQuery } from './params'
import { instanceOf, invalidParameters, problem } from './problem'
import {
  authenticate,
  canUseSecureCookie,
  cookieFor,
  createSession,
  demoPassword,
  demoUsers,
  expiredSessionCookie,
  findDemoUser,
  meOf,
  renewSession,
  sessionEndOf,
} from './session'

/** The contract's `Credentials`. */
const credentialsSchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(256)),
})

/** Failed sign-ins allowed per user name within the window, before 429. */
const signInAttempts = { max: 5, windowMs: 60_000 }

/** Methods that change something, and so need the CSRF header. */
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses unsafe requests that do not prove they come from the app: no session is a 401, a
 * missing or wrong X-CSRF-Token a 403. Signing in is the exception (there is no token yet;
 * SameSite=Strict and the JSON-only body keep other sites out). Answers nothing otherwise, so
 * the request goes on to the endpoint's handler.
 */
export function csrfGuard(context: ApiContext): RequestHandler {
  return http.all(apiPath('/*'), ({ request, cookies }) => {
    if (!unsafeMethods.has(request.method)) return undefined
    const { pathname } = new URL(request.url)
    if (request.method === 'POST' && pathname === `${apiBasePath}/session`) return undefined
    const instance = instanceOf(request)
    const auth = authenticate(context, cookies)
    if (!auth) return problem('unauthenticated', { detail: 'Sign in first', instance })
    if (request.headers.get('X-CSRF-Token') !== auth.session.csrfToken) {
      return problem('csrf-missing', {
        detail: 'Unsafe requests need the X-CSRF-Token header with the token from GET /me',
        instance,
      })
    }
    return undefined
  })
}

function isRateLimited(context: ApiContext, username: string, now: number): number | undefined {
  const recent = (context.state.failedSignIns.get(username) ?? []).filter(
    (at) => now - at < signInAttempts.windowMs,
  )
  context.state.failedSignIns.set(username, recent)
  if (recent.length < signInAttempts.max) return undefined
  const oldest = recent[0] ?? now
  return Math.max(1, Math.ceil((oldest + signInAttempts.windowMs - now) / 1000))
}

export function sessionHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.post(
      apiPath('/session'),
      idempotent(
        context,
        async ({ request }) => {
          const instance = instanceOf(request)
          const query = parseQuery(request.url, {})
          if (!query.ok) return invalidParameters(query.errors, instance)
          const parsed = await readJsonBody(request, credentialsSchema, instance, '{"username", "password"}')
          if (!parsed.ok) return parsed.response

          const { username, password } = parsed.data
          const now = Date.now()
          const retryAfterSeconds = isRateLimited(context, username, now)
          if (retryAfterSeconds !== undefined) {
            return problem('rate-limited', {
              detail: `Too many failed sign-ins for ${username}`,
              instance,
              retryAfterSeconds,
            })
          }
          const user = findDemoUser(username, password)
          if (!user) {
            context.state.failedSignIns.get(username)?.push(now)
            return problem('invalid-credentials', { detail: 'Wrong user name or password', instance })
          }
          const session = createSession(context, user)
          const secure = canUseSecureCookie(context, request)
          return jsonResponse(context, meOf({ session, user }), {
            setCookie: cookieFor(context, session, secure),
          })
        },
        { perUser: false },
      ),
    ),

    http.get(apiPath('/me'), ({ request, cookies }) => {
      const instance = instanceOf(request)
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instance)
      const auth = authenticate(context, cookies)
      if (!auth) return problem('unauthenticated', { detail: 'Not signed in', instance })
      return jsonResponse(context, meOf(auth))
    }),

    // The CSRF guard has already checked the session and the token.
    http.delete(apiPath('/session'), ({ request, cookies }) => {
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const auth = authenticate(context, cookies)
      if (auth) {
        context.state.sessions.delete(auth.session.token)
        context.state.saveSessions()
      }
      const secure = canUseSecureCookie(context, request)
      return jsonResponse(context, null, { status: 204, setCookie: expiredSessionCookie({ secure }) })
    }),

    // The CSRF guard has already checked the session (an expired one is a 401 there) and the token.
    http.post(apiPath('/session/renewal'), ({ request, cookies }) => {
      const instance = instanceOf(request)
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instance)
      const auth = authenticate(context, cookies)
      if (!auth) return problem('unauthenticated', { detail: 'Not signed in', instance })
      if (auth.session.expiresAtMs === undefined) {
        return problem('forbidden', {
          detail: `A ${auth.user.role} session has no fixed end to renew; only device sessions do`,
          instance,
        })
      }
      const session = renewSession(context, auth.session)
      const secure = canUseSecureCookie(context, request)
      return jsonResponse(context, sessionEndOf(session), { setCookie: cookieFor(context, session, secure) })
    }),

    http.get(apiPath('/session/demo-accounts'), ({ request }) => {
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const items: DemoAccount[] = demoUsers.map(({ username, role, unit }) => ({
        username,
        password: demoPassword,
        role,
        unit,
      }))
      return jsonResponse(context, { items })
    }),
  ]
}

/** Last in the list: an API path no handler knows is a 404 problem, not the SPA's HTML. */
export function unknownApiPathHandler(): RequestHandler {
  return http.all(apiPath('/*'), ({ request }) => {
    const { pathname } = new URL(request.url)
    return problem('not-found', {
      detail: `No API resource at ${request.method} ${pathname}`,
      instance: instanceOf(request),
    })
  })
}
