import type { z } from 'zod/mini'
import { ApiError, problemSchema, type Problem } from './api-error'
import { csrfHeaderName, getCsrfToken } from './csrf-token'
import { resolveApiUrl, type ApiQuery } from './api-url'
import { apiAcceptHeader, takeEarlyResponse } from './early-responses'
import { withoutQueryValues } from './redact-url'
import { currentHold, holdRequests } from './retry-after-gate'
import { loadRuntimeConfig } from './runtime-config'
import { describeValidationIssues } from './validation-issues'

export const defaultTimeoutMs = 15_000

export interface ApiRequestInit<TSchema extends z.ZodMiniType | undefined = undefined> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** Query parameters; `undefined` values are left out. */
  query?: ApiQuery
  headers?: Record<string, string>
  /** Cancels the request, e.g. TanStack Query's signal. */
  signal?: AbortSignal
  timeoutMs?: number
  /** Validates the JSON body; a mismatch throws a `validation` ApiError. */
  schema?: TSchema
}

type Result<TSchema> = TSchema extends z.ZodMiniType ? z.output<TSchema> : unknown

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

function parseProblem(text: string): Problem | undefined {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text))
    if (!parsed.success) return undefined
    // A server may echo the address it was asked, keyword included.
    const { instance } = parsed.data
    return instance === undefined ? parsed.data : { ...parsed.data, instance: withoutQueryValues(instance) }
  } catch {
    return undefined
  }
}

/**
 * `promise`, or the abort of `signal`, whichever comes first. Browsers cancel a body stream
 * when its request's signal aborts, but not every fetch implementation does (mocked responses
 * in Node, for one), and a request started early has no signal of ours at all.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    // Handled first, whatever happens: a fetch aborted with the signal rejects as well, and
    // nobody else listens to it.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Calls the API and returns its JSON body, or throws an `ApiError` that says what failed:
 * a non-2xx status (with the problem+json document), no connection, a timeout, a body that
 * is not JSON, or (given a schema) JSON of the wrong shape. `fetch` alone resolves on a 500.
 */
export async function apiFetch<TSchema extends z.ZodMiniType | undefined = undefined>(
  path: string,
  init: ApiRequestInit<TSchema> = {},
): Promise<Result<TSchema>> {
  const { method = 'GET', body, query, headers, signal, schema, timeoutMs = defaultTimeoutMs } = init
  const { apiBaseUrl } = await loadRuntimeConfig()
  const url = resolveApiUrl(apiBaseUrl, path, query)
  // The request goes to `url`; errors tell `shown`, without the query's values (a keyword typed
  // by the user may be a phone number).
  const shown = withoutQueryValues(url.href)

  // The server asked for a pause (429/503 with Retry-After): fail as it would, without asking it.
  const held = currentHold()
  if (held !== undefined) {
    throw new ApiError(`Not asking ${shown} before the server's Retry-After`, {
      kind: 'http',
      url: shown,
      status: held.status,
      retryAfterSeconds: Math.ceil(held.remainingMs / 1000),
    })
  }

  // Unsafe methods prove they come from the app (CSRF); a caller's own header wins.
  const csrfToken = method === 'GET' ? undefined : getCsrfToken()

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onCallerAbort = () => controller.abort()
  signal?.addEventListener('abort', onCallerAbort, { once: true })
  if (signal?.aborted) controller.abort()

  const failure = (cause: unknown): ApiError => {
    if (timedOut) {
      return new ApiError(`No answer from ${shown} within ${timeoutMs} ms`, {
        kind: 'timeout',
        url: shown,
        timeoutMs,
        cause,
      })
    }
    if (signal?.aborted)
      return new ApiError(`Request to ${shown} was cancelled`, { kind: 'aborted', url: shown, cause })
    return new ApiError(`Cannot reach ${shown}`, { kind: 'network', url: shown, cause })
  }

  try {
    let response: Response
    let text: string
    try {
      // The first page's data may have been asked for before the app loaded (early-responses.ts).
      const early = method === 'GET' && headers === undefined ? takeEarlyResponse(url.href) : undefined
      response = await untilAborted(
        early ??
          fetch(url, {
            method,
            credentials: 'same-origin',
            headers: {
              Accept: apiAcceptHeader,
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
              ...(csrfToken === undefined ? {} : { [csrfHeaderName]: csrfToken }),
              ...headers,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: controller.signal,
          }),
        controller.signal,
      )
      // The body can stall after the headers arrived; the timeout covers it too.
      text = await untilAborted(response.text(), controller.signal)
    } catch (cause) {
      throw failure(cause)
    }

    if (!response.ok) {
      const problem = parseProblem(text)
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
      if (retryAfterSeconds !== undefined && (response.status === 429 || response.status === 503)) {
        holdRequests(response.status, retryAfterSeconds)
      }
      throw new ApiError(problem?.title ?? `HTTP ${response.status} from ${shown}`, {
        kind: 'http',
        url: shown,
        status: response.status,
        problem,
        retryAfterSeconds,
      })
    }

    // Nothing is the right answer only where nothing was asked for: an empty body where a schema
    // expects data (a proxy that lost it) must not reach a component as `undefined`.
    if (response.status === 204 || (text === '' && schema === undefined)) return undefined as Result<TSchema>
    if (text === '') {
      throw new ApiError(`The answer from ${shown} is empty`, { kind: 'parse', url: shown })
    }

    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (cause) {
      throw new ApiError(`The answer from ${shown} is not valid JSON`, { kind: 'parse', url: shown, cause })
    }

    if (!schema) return json as Result<TSchema>
    const parsed = schema.safeParse(json, { reportInput: true })
    if (!parsed.success) {
      // The readable issues, not zod's error as the cause: its message repeats the values that
      // did not match (`reportInput`), which in a person's record may be their phone number.
      const issues = describeValidationIssues(parsed.error.issues)
      throw new ApiError(`The answer from ${shown} has an unexpected shape`, {
        kind: 'validation',
        url: shown,
        issues,
      })
    }
    return parsed.data as Result<TSchema>
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onCallerAbort)
  }
}
