/**
 * Errors as `application/problem+json` (RFC 9457). The `type` URIs are the contract's stable,
 * machine-readable codes: this catalogue is the one of public/openapi.yaml ("Problem
 * catalogue"). `title` is fixed per type; `detail` says what happened this time, for developers
 * (the UI shows its own text, chosen by `type`).
 */
export const problemBaseUri = 'https://duban.example/problems/'

export const problemCatalogue = {
  'invalid-parameter': { status: 400, title: 'Invalid request parameter' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  'invalid-credentials': { status: 401, title: 'Wrong user name or password' },
  forbidden: { status: 403, title: 'Forbidden' },
  'csrf-missing': { status: 403, title: 'CSRF token missing or wrong' },
  'not-found': { status: 404, title: 'Not found' },
  'state-conflict': { status: 409, title: 'Not possible in the current state' },
  'idempotency-conflict': { status: 422, title: 'Idempotency-Key reused with another request' },
  'rule-violation': { status: 422, title: 'A field breaks a rule of the domain' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>

export type ProblemType = keyof typeof problemCatalogue

/** Where the offending input was (the contract's `ParameterError.in`). */
export type ParameterLocation = 'query' | 'path' | 'header' | 'body'

/** Why it was refused (the contract's `ParameterError.code`). */
export type ParameterErrorCode =
  'required' | 'unknown' | 'format' | 'enum' | 'range' | 'order' | 'span' | 'combination'

/** One offending input, by name: a query or path parameter, a header, or a body field (JSON Pointer). */
export interface ParameterError {
  in: ParameterLocation
  parameter: string
  code: ParameterErrorCode
  message: string
}

export interface ProblemOptions {
  detail?: string
  /** For `invalid-parameter` and `rule-violation`: every offending field, not only the first. */
  errors?: ParameterError[]
  /** The request's path and query, so a log line points at the call that failed. */
  instance?: string
  /** For `forbidden`: the permission the user lacks. */
  requiredPermission?: string
  /** For `rate-limited` and `unavailable`: seconds to wait, sent as Retry-After too. */
  retryAfterSeconds?: number
  headers?: Record<string, string>
}

export const problemContentType = 'application/problem+json'

export function problemTypeUri(type: ProblemType): string {
  return `${problemBaseUri}${type}`
}

export interface ProblemDocument {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  errors?: ParameterError[]
  requiredPermission?: string
  retryAfterSeconds?: number
}

export function problemDocument(type: ProblemType, options: ProblemOptions = {}): ProblemDocument {
  const { status, title } = problemCatalogue[type]
  const { detail, instance, errors, requiredPermission, retryAfterSeconds } = options
  return {
    type: problemTypeUri(type),
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(errors === undefined || errors.length === 0 ? {} : { errors }),
    ...(requiredPermission === undefined ? {} : { requiredPermission }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  }
}

/** A problem response. A plain `Response`: it sets no cookie, so MSW needs no decoration. */
export function problem(type: ProblemType, options: ProblemOptions = {}): Response {
  const document = problemDocument(type, options)
  const headers = new Headers(options.headers)
  headers.set('Content-Type', problemContentType)
  if (options.retryAfterSeconds !== undefined) headers.set('Retry-After', String(options.retryAfterSeconds))
  return new Response(JSON.stringify(document), { status: document.status, headers })
}

/** The request's path and query: the `instance` of a problem about it. */
export function instanceOf(request: Request): string {
  const url = new URL(request.url)
  return `${url.pathname}${url.search}`
}

/** 400 naming every offending parameter. */
export function invalidParameters(errors: ParameterError[], instance?: string): Response {
  const names = [...new Set(errors.map((error) => error.parameter))].join(', ')
  return problem('invalid-parameter', {
    detail: `Invalid parameter${errors.length === 1 ? '' : 's'}: ${names}`,
    errors,
    instance,
  })
}
