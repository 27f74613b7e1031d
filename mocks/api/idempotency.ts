import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw'
import { buildResponse, type ApiContext } from './api-context'
import { instanceOf, problem } from './problem'
import { authenticate } from './session'

export const idempotencyKeyHeader = 'Idempotency-Key'
/** Set on a replayed answer, so a client (and a test) can tell it from a fresh one. */
export const replayedHeader = 'Idempotent-Replayed'

/**
 * Makes a POST act at most once per Idempotency-Key: the first answer is stored and replayed
 * for a repeat of the same request (a retry after a lost answer), and a key reused for another
 * request is refused, because replaying would tell the client that its new request was done.
 * Keys are per user (one user's key cannot collide with another's). Only non-5xx answers
 * are stored: a failed attempt may be retried for real.
 */
export function idempotent<Params extends PathParams, Body extends DefaultBodyType>(
  context: ApiContext,
  resolver: HttpResponseResolver<Params, Body>,
  {
    perUser = true,
    required = false,
  }: {
    /** Actions must send a key (the contract's `IdempotencyKey`); signing in need not. */
    required?: boolean
    /**
     * `false` for signing in: the first attempt may already have set the cookie the repeat then
     * carries, and the repeat must still find the first answer.
     */
    perUser?: boolean
  } = {},
): HttpResponseResolver<Params, Body> {
  return async (info) => {
    const key = info.request.headers.get(idempotencyKeyHeader)
    if (key === null && required) {
      return problem('invalid-parameter', {
        detail: 'This action needs an Idempotency-Key header',
        errors: [{ in: 'header', parameter: idempotencyKeyHeader, code: 'required', message: 'is required' }],
        instance: instanceOf(info.request),
      })
    }
    if (key === null) return resolver(info)
    // The contract's IdempotencyKeyValue: 8 to 128 printable ASCII characters.
    if (!/^[\x21-\x7E]{8,128}$/.test(key)) {
      return problem('invalid-parameter', {
        detail: 'Idempotency-Key must be 8 to 128 printable ASCII characters',
        errors: [
          {
            in: 'header',
            parameter: idempotencyKeyHeader,
            code: 'format',
            message: 'must be 8 to 128 printable ASCII characters',
          },
        ],
        instance: instanceOf(info.request),
      })
    }

    const scope = (perUser ? authenticate(context, info.cookies)?.user.id : undefined) ?? 'anonymous'
    const url = new URL(info.request.url)
    const fingerprint = `${info.request.method} ${url.pathname}${url.search}\n${await info.request.clone().text()}`
    const storeKey = `${scope}\n${key}`
    const stored = context.state.idempotency.get(storeKey)
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        return problem('idempotency-conflict', {
          detail: `The Idempotency-Key ${key} was first used with another request`,
          instance: instanceOf(info.request),
        })
      }
      return buildResponse(context, {
        status: stored.status,
        headers: [...stored.headers, [replayedHeader, 'true']],
        body: stored.body,
      })
    }

    const response = await resolver(info)
    if (!(response instanceof Response) || response.status >= 500) return response
    const copy = response.clone()
    const headers: [string, string][] = []
    copy.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers.push([name, value])
    })
    // Headers hide Set-Cookie from forEach in some runtimes; keep each cookie explicitly.
    for (const cookie of copy.headers.getSetCookie()) headers.push(['Set-Cookie', cookie])
    context.state.idempotency.set(storeKey, {
      fingerprint,
      status: copy.status,
      headers,
      body: await copy.text(),
    })
    return response
  }
}
