import { z } from 'zod/mini'

/** An RFC 9457 problem document. Extension members (e.g. the offending parameter) are kept. */
export const problemSchema = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
})
export type Problem = z.infer<typeof problemSchema>

/**
 * What went wrong, as a UI needs to tell it:
 * - `http`: the server answered with a non-2xx status (with its problem document, if any);
 * - `network`: no answer at all (offline, DNS, connection refused);
 * - `timeout`: no complete answer within the time limit;
 * - `parse`: a 2xx answer whose body is not JSON;
 * - `validation`: JSON of the wrong shape;
 * - `aborted`: the caller cancelled (e.g. the query was superseded).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'validation' | 'aborted'

export interface ApiErrorDetails {
  kind: ApiErrorKind
  /** The API's address without the query's values (redact-url.ts), as the message says it. */
  url: string
  status?: number
  problem?: Problem
  /** Seconds the server asked us to wait (429/503 Retry-After). */
  retryAfterSeconds?: number
  timeoutMs?: number
  /** For `validation`: readable paths and messages of what did not match. */
  issues?: string[]
  cause?: unknown
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly url: string
  readonly status: number | undefined
  readonly problem: Problem | undefined
  readonly retryAfterSeconds: number | undefined
  readonly timeoutMs: number | undefined
  readonly issues: string[] | undefined

  constructor(message: string, details: ApiErrorDetails) {
    super(message, { cause: details.cause })
    this.name = 'ApiError'
    this.kind = details.kind
    this.url = details.url
    this.status = details.status
    this.problem = details.problem
    this.retryAfterSeconds = details.retryAfterSeconds
    this.timeoutMs = details.timeoutMs
    this.issues = details.issues
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
