import { HttpResponse } from 'msw'
import type { ApiState } from './api-state'

/**
 * How a Set-Cookie reaches the client, which differs between the three ways the handlers serve:
 * - `msw-cookie-store` (MSW in Node for tests, in the browser for dev and the demo): a service
 *   worker cannot make the browser store a cookie, and Node's fetch keeps none. MSW keeps the
 *   cookies of responses built with `HttpResponse` in its own jar (in the browser persisted in
 *   localStorage, so a reload stays signed in) and adds them to later requests. That jar is
 *   readable by scripts: the cookie is HttpOnly only in name there, acceptable in dev and demo.
 * - `http-header` (the mock HTTP server): the real browser receives a real HttpOnly cookie.
 *   The response must then be a plain `Response`: MSW would also put an `HttpResponse`'s
 *   cookie in its process-wide jar and send it along with every other client's requests.
 */
export type CookieTransport = 'msw-cookie-store' | 'http-header'

export interface ApiContext {
  state: ApiState
  cookieTransport: CookieTransport
}

export const apiBasePath = '/api/v1'

/**
 * The pattern for an API path on any origin: tests run at http://localhost:3000, the mock
 * server at whatever port it got, the dev server elsewhere again.
 */
export function apiPath(path: string): string {
  return `*${apiBasePath}${path}`
}

export interface ResponseParts {
  status: number
  headers: [string, string][]
  body: string
}

/** Builds a response that sets cookies the way the transport needs (see CookieTransport). */
export function buildResponse(context: ApiContext, { status, headers, body }: ResponseParts): Response {
  const init = { status, headers }
  const content = status === 204 || status === 304 ? null : body
  return context.cookieTransport === 'msw-cookie-store'
    ? new HttpResponse(content, init)
    : new Response(content, init)
}

export function jsonResponse(
  context: ApiContext,
  data: unknown,
  { status = 200, setCookie }: { status?: number; setCookie?: string } = {},
): Response {
  const headers: [string, string][] = [['Content-Type', 'application/json']]
  if (setCookie !== undefined) headers.push(['Set-Cookie', setCookie])
  return buildResponse(context, { status, headers, body: JSON.stringify(data) })
}
