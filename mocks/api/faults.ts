import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { apiBasePath, apiPath } from './api-context'
import { instanceOf, problem } from './problem'

/**
 * Fault injection per endpoint, so that every failure the app must survive can be produced on
 * demand: from tests (`faults.set('GET /kpis/summary', { kind: '500' })`), from the mock server
 * (`--fault 'GET /kpis/summary=500'`) and from the URL in dev (`?mock-fault=GET%20/kpis/summary=500`).
 * The fault handler runs first in the handler list, so it sees every request before any guard
 * or endpoint answers it.
 */

export const FAULT_KINDS = [
  'network',
  '500',
  '502',
  '503',
  '429',
  'hang',
  'truncated',
  'wrong-shape',
  'empty',
  'slow',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

interface FaultBase {
  /** Only the next `times` matching requests fail (then the endpoint answers normally): retries. */
  times?: number
}

export type Fault = FaultBase &
  (
    | { kind: 'network' } // the connection fails: fetch rejects
    | { kind: '500' } // problem+json `internal`
    | { kind: '502' } // a gateway's own HTML error page: not problem+json, not JSON at all
    | { kind: '503'; retryAfterSeconds?: number } // problem+json `unavailable` with Retry-After
    | { kind: '429'; retryAfterSeconds?: number } // problem+json `rate-limited` with Retry-After
    | { kind: 'hang' } // never answers (until the client gives up, or the faults are reset)
    | { kind: 'truncated' } // the real answer cut in the middle: not JSON any more
    | { kind: 'wrong-shape' } // valid JSON, but not the schema the contract declares
    | { kind: 'empty' } // 200 with an empty body (a proxy that lost it)
    | { kind: 'slow'; delayMs: number } // the real answer, late
  )

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'] as const
type Method = (typeof methods)[number]

/**
 * `METHOD /path` below /api/v1, as the contract writes it: `{name}` matches one path segment,
 * a final `*` anything below; method `*` matches every method.
 */
export type EndpointKey = `${Method} /${string}`

export const defaultRetryAfterSeconds = 30

export interface FaultRegistry {
  set(endpoint: EndpointKey, fault: Fault): void
  delete(endpoint: EndpointKey): void
  /** Removes every fault and lets every hanging request go (as a network error). */
  reset(): void
  entries(): [EndpointKey, Fault][]
  /** The fault for a request (path below /api/v1), without counting it. */
  match(method: string, path: string): Fault | undefined
  /** The fault for a request (path below /api/v1), counting it against `times`. */
  take(method: string, path: string): Fault | undefined
  /** Resolves when `signal` aborts or the registry is reset: a hanging request's wait. */
  hang(signal: AbortSignal): Promise<void>
}

function keyPattern(endpoint: EndpointKey): { method: Method; path: RegExp } {
  const space = endpoint.indexOf(' ')
  const method = endpoint.slice(0, space) as Method
  const template = endpoint.slice(space + 1)
  const source = template
    .split('/')
    .map((segment) =>
      segment === '*'
        ? '.*'
        : /^\{[^}]+\}$/.test(segment)
          ? '[^/]+'
          : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/')
  return { method, path: new RegExp(`^${source}/?$`) }
}

export function isEndpointKey(value: string): value is EndpointKey {
  const space = value.indexOf(' ')
  return (
    space > 0 &&
    (methods as readonly string[]).includes(value.slice(0, space)) &&
    value.slice(space + 1).startsWith('/')
  )
}

export function createFaultRegistry(): FaultRegistry {
  const faults = new Map<
    EndpointKey,
    { fault: Fault; remaining: number; pattern: ReturnType<typeof keyPattern> }
  >()
  const hanging = new Set<() => void>()
  const find = (method: string, path: string) =>
    // The most recently set matching entry wins (a test's specific fault over a CLI's `* /*`).
    [...faults]
      .reverse()
      .find(
        ([, { pattern, remaining }]) =>
          (pattern.method === '*' || pattern.method === method.toUpperCase()) &&
          pattern.path.test(path) &&
          remaining > 0,
      )
  return {
    set(endpoint, fault) {
      if (!isEndpointKey(endpoint))
        throw new Error(`Not an endpoint "METHOD /path": ${JSON.stringify(endpoint)}`)
      faults.set(endpoint, { fault, remaining: fault.times ?? Infinity, pattern: keyPattern(endpoint) })
    },
    delete(endpoint) {
      faults.delete(endpoint)
    },
    reset() {
      faults.clear()
      for (const release of [...hanging]) release()
      hanging.clear()
    },
    entries: () => [...faults].map(([key, { fault }]) => [key, fault]),
    match: (method, path) => find(method, path)?.[1].fault,
    take(method, path) {
      const found = find(method, path)
      if (!found) return undefined
      const [key, entry] = found
      entry.remaining -= 1
      if (entry.remaining <= 0) faults.delete(key)
      return entry.fault
    },
    hang(signal) {
      return new Promise<void>((resolve) => {
        const release = () => {
          hanging.delete(release)
          signal.removeEventListener('abort', release)
          resolve()
        }
        if (signal.aborted) return resolve()
        hanging.add(release)
        signal.addEventListener('abort', release, { once: true })
      })
    },
  }
}

/** Parses `METHOD /path=kind[:number]`: `GET /kpis/summary=500`, `=429:60`, `=slow:2000`, `=hang`. */
export function parseFaultSpec(spec: string): [EndpointKey, Fault] {
  const at = spec.lastIndexOf('=')
  const endpoint = spec.slice(0, at).trim()
  const [kind = '', argument] = spec
    .slice(at + 1)
    .trim()
    .split(':')
  const fail = (why: string) =>
    new Error(
      `Invalid fault ${JSON.stringify(spec)}: ${why} (expected "METHOD /path=kind[:n]", kinds ${FAULT_KINDS.join(', ')})`,
    )
  if (at < 0 || !isEndpointKey(endpoint)) throw fail('no "METHOD /path"')
  const number = argument === undefined ? undefined : Number(argument)
  if (number !== undefined && !(Number.isInteger(number) && number >= 0))
    throw fail('the number is not a whole number ≥ 0')
  switch (kind) {
    case 'network':
    case '500':
    case '502':
    case 'hang':
    case 'truncated':
    case 'wrong-shape':
    case 'empty':
      return [endpoint, { kind }]
    case '503':
    case '429':
      return [endpoint, number === undefined ? { kind } : { kind, retryAfterSeconds: number }]
    case 'slow':
      return [endpoint, { kind, delayMs: number ?? 2000 }]
    default:
      throw fail(`unknown kind ${JSON.stringify(kind)}`)
  }
}

/** The JSON of the wrong shape for an answer: an array for an object, an object for an array. */
function wrongShapeOf(text: string): string {
  try {
    return JSON.stringify(Array.isArray(JSON.parse(text)) ? { wrongShape: true } : [{ wrongShape: true }])
  } catch {
    return JSON.stringify([{ wrongShape: true }])
  }
}

/**
 * Takes the real answer from the handlers after this one, and rewrites it: truncated JSON or
 * JSON of the wrong shape, with the real status (200 for a 204) and headers.
 */
async function reshaped(
  response: Response | undefined,
  kind: 'truncated' | 'wrong-shape',
): Promise<Response> {
  const text = response ? await response.text() : ''
  const body =
    kind === 'truncated'
      ? text.length > 1
        ? text.slice(0, Math.floor(text.length / 2))
        : '{"'
      : wrongShapeOf(text)
  const headers = new Headers(response?.headers)
  headers.delete('Content-Length')
  headers.set('Content-Type', 'application/json')
  const status = !response || response.status === 204 ? 200 : response.status
  return new Response(body, { status, headers })
}

/**
 * The first handler of the list: answers a request that has a fault set, and lets the rest
 * through. `list()` is the whole handler list, read lazily (it is built after this handler).
 */
export function faultHandler(faults: FaultRegistry, list: () => readonly RequestHandler[]): RequestHandler {
  const handler: RequestHandler = http.all(apiPath('/*'), async ({ request }) => {
    const { pathname } = new URL(request.url)
    const fault = faults.take(request.method, pathname.slice(apiBasePath.length) || '/')
    if (!fault) return undefined
    const instance = instanceOf(request)
    const detail = `Injected fault (${fault.kind})`
    switch (fault.kind) {
      case 'network':
        return HttpResponse.error()
      case '500':
        return problem('internal', { detail, instance })
      case '502':
        return new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        })
      case 'empty':
        return new HttpResponse(null, { status: 200, headers: { 'Content-Type': 'application/json' } })
      case '503':
        return problem('unavailable', {
          detail,
          instance,
          retryAfterSeconds: fault.retryAfterSeconds ?? defaultRetryAfterSeconds,
        })
      case '429':
        return problem('rate-limited', {
          detail,
          instance,
          retryAfterSeconds: fault.retryAfterSeconds ?? defaultRetryAfterSeconds,
        })
      case 'hang':
        await faults.hang(request.signal)
        return HttpResponse.error()
      case 'slow':
        await delay(fault.delayMs)
        return undefined
      case 'truncated':
      case 'wrong-shape': {
        const rest = list().filter((other) => other !== handler)
        return reshaped(await getResponse(rest, request.clone()), fault.kind)
      }
    }
  })
  return handler
}

/** Faults and the scenario named in a dev URL: `?mock-scenario=backlog&mock-fault=GET%20/kpis/summary=500`. */
export function mockOptionsFromSearch(search: string): {
  scenario: string | undefined
  faults: [EndpointKey, Fault][]
} {
  const params = new URLSearchParams(search)
  const faults: [EndpointKey, Fault][] = []
  for (const spec of params.getAll('mock-fault')) {
    try {
      faults.push(parseFaultSpec(spec))
    } catch (error) {
      // A typo in a dev URL must not keep the app from starting: say so and go on.
      console.warn(String(error))
    }
  }
  return { scenario: params.get('mock-scenario') ?? undefined, faults }
}

/** Where the mock server's control endpoint lives: outside the contract, never on a real back end. */
export const faultControlPath = `${apiBasePath}/__mock/faults`

/**
 * The mock server's control endpoint, so that browser tests can inject faults into a running
 * server: `GET` lists them, `PUT` with `["GET /kpis/summary=500", …]` replaces them, `DELETE`
 * clears them. Not in the shared handler list: the browser worker reads its faults from the URL.
 */
export function faultControlHandlers(faults: FaultRegistry): RequestHandler[] {
  const list = () => Response.json(faults.entries().map(([endpoint, fault]) => ({ endpoint, fault })))
  return [
    http.get(`*${faultControlPath}`, list),
    http.put(`*${faultControlPath}`, async ({ request }) => {
      let specs: unknown
      try {
        specs = await request.json()
      } catch {
        specs = undefined
      }
      if (!Array.isArray(specs) || !specs.every((spec) => typeof spec === 'string')) {
        return Response.json({ error: 'expected a JSON array of "METHOD /path=kind[:n]"' }, { status: 400 })
      }
      try {
        const parsed = specs.map(parseFaultSpec)
        faults.reset()
        for (const [endpoint, fault] of parsed) faults.set(endpoint, fault)
      } catch (error) {
        return Response.json({ error: String(error) }, { status: 400 })
      }
      return list()
    }),
    http.delete(`*${faultControlPath}`, () => {
      faults.reset()
      return new Response(null, { status: 204 })
    }),
  ]
}
