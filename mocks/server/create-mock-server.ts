import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMiddleware } from '@mswjs/http-middleware'
import { responseHeadersFor } from '@/shared/config/response-headers'
import { apiBasePath } from '../api/api-context'
import { createApiState, type ApiState } from '../api/api-state'
import { createFaultRegistry, faultControlHandlers, type FaultRegistry } from '../api/faults'
import { problem } from '../api/problem'
import { scenarioControlHandlers } from '../api/scenario-control'
import { createHandlers } from '../handlers'
import { serveStatic } from './static-files'

export const defaultMockServerPort = 8787
export const defaultDistDir = fileURLToPath(new URL('../../dist', import.meta.url))

export interface MockServerOptions {
  /** 0 picks a free port (tests). */
  port?: number
  /** All interfaces by default, so both 127.0.0.1 and ::1 (either may be "localhost") answer. */
  host?: string
  distDir?: string
  state?: ApiState
  /** Faults to inject (`--fault`); changeable while running. */
  faults?: FaultRegistry
}

export interface RunningMockServer {
  url: string
  port: number
  state: ApiState
  faults: FaultRegistry
  close(): Promise<void>
}

/**
 * The parts of an Express request that @mswjs/http-middleware reads. It is written for Express,
 * which this project does not otherwise need; node:http plus these few members is enough.
 */
interface ExpressLikeRequest extends IncomingMessage {
  protocol: string
  get(name: string): string | undefined
  header(name: string): string | undefined
}

type NodeMiddleware = (req: ExpressLikeRequest, res: ServerResponse, next: (error?: unknown) => void) => void

function expressLike(req: IncomingMessage): ExpressLikeRequest {
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()]
    return Array.isArray(value) ? value.join(', ') : value
  }
  return Object.assign(req, { protocol: 'http', get: header, header })
}

/** Writes a problem+json answer straight to a Node response (for failures outside MSW). */
async function sendProblem(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.end(await response.text())
}

/**
 * The mock API over real HTTP, plus the built app from dist/, same-origin: the production
 * bundle runs against it unchanged, which is how the browser tests run. The API is the very
 * handler list that MSW serves in tests and in the browser (mocks/handlers.ts), except that
 * cookies travel as real HttpOnly Set-Cookie headers.
 */
export function startMockServer({
  port = defaultMockServerPort,
  host,
  distDir = defaultDistDir,
  state = createApiState(),
  faults = createFaultRegistry(),
}: MockServerOptions = {}): Promise<RunningMockServer> {
  const handlers = createHandlers({ state, cookieTransport: 'http-header', faults })
  // `createMiddleware` is typed against Express, whose types are not installed (see above).
  // Plus the control endpoints for faults and the scenario (PUT /api/v1/__mock/faults,
  // /api/v1/__mock/scenario), for browser tests and demos.
  const middleware = createMiddleware(
    ...faultControlHandlers(faults),
    ...scenarioControlHandlers(state),
    ...handlers,
  ) as NodeMiddleware

  const handleApi = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<'answered' | 'unhandled'>((resolve, reject) => {
      res.once('finish', () => resolve('answered'))
      res.once('close', () => resolve('answered'))
      middleware(expressLike(req), res, (error) => {
        if (error === undefined) resolve('unhandled')
        else reject(error instanceof Error ? error : new Error('the API middleware failed', { cause: error }))
      })
    })

  const server = createServer((req, res) => {
    // Every answer, API and files alike, carries the production policies (the CSP and Trusted
    // Types in report-only mode) and security headers: the browser tests then catch any
    // violation the real deployment would have, or would report.
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    for (const [name, value] of Object.entries(responseHeadersFor(pathname))) res.setHeader(name, value)
    const isApi = pathname === apiBasePath || pathname.startsWith(`${apiBasePath}/`)
    // An injected network fault, or a hanging request let go: MSW's Response.error() has status
    // 0, which Node cannot send (and which would crash the middleware), so drop the connection as
    // a real failure would. A hang holds the request until the client gives up or the faults are
    // cleared.
    const method = req.method ?? 'GET'
    const apiRest = pathname.slice(apiBasePath.length) || '/'
    const dropped = isApi ? faults.match(method, apiRest)?.kind : undefined
    if (dropped === 'network' || dropped === 'hang') {
      faults.take(method, apiRest)
      if (dropped === 'network') {
        req.socket.destroy()
        return
      }
      const clientGone = new AbortController()
      res.on('close', () => clientGone.abort())
      void faults.hang(clientGone.signal).then(() => req.socket.destroy())
      return
    }
    const work = isApi
      ? handleApi(req, res).then((outcome) => {
          if (outcome === 'unhandled') return sendProblem(res, problem('not-found', { instance: pathname }))
          // Any answered action may have changed the city: keep it (with a storage, see
          // --state-file) for a restart, as the browser demo keeps it for a reload.
          if (method !== 'GET' && method !== 'HEAD') state.saveActions()
          return undefined
        })
      : serveStatic(distDir, req, res)
    work.catch((error: unknown) => {
      // Never a bare crash: say what failed, as the contract's problem document.
      console.error('duban mock server:', error)
      if (!res.headersSent) {
        void sendProblem(res, problem('internal', { detail: String(error), instance: pathname }))
      } else {
        res.destroy()
      }
    })
  })

  // Node closes an idle kept-alive connection after 5 s; a client that reuses it just then (a
  // test's request helper, which unlike a browser does not retry) gets ECONNRESET while the
  // simulator keeps the server busy. Production servers keep them about a minute.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actualPort } = server.address() as AddressInfo
      resolve({
        url: `http://localhost:${actualPort}`,
        port: actualPort,
        state,
        faults,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections()
            server.close((error) => (error ? fail(error) : done()))
          }),
      })
    })
  })
}

export const resolveDistDir = (dir: string) => path.resolve(process.cwd(), dir)
