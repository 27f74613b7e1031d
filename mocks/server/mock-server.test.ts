// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, trustedTypesReportOnlyPolicy } from '@/shared/config/csp'
import { server as mswServer } from '../node'
import { startMockServer, type RunningMockServer } from './create-mock-server'

let mock: RunningMockServer
let distDir: string

beforeAll(async () => {
  // This file talks to a real server over the network: MSW's in-process interception (set up
  // for every test file) would answer these requests itself, so it is switched off here.
  mswServer.close()
  // A stand-in build, so the test neither needs nor disturbs `npm run build`'s dist/.
  distDir = await mkdtemp(path.join(tmpdir(), 'duban-dist-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(
    path.join(distDir, 'index.html'),
    '<!doctype html><title>duban</title><div id="root"></div>',
  )
  await writeFile(path.join(distDir, 'assets', 'index-Ab12.js'), 'console.log("app")')
  await writeFile(path.join(distDir, 'assets', 'index-Ab12.css'), 'body{}')
  await writeFile(path.join(distDir, 'config.json'), '{"apiBaseUrl":"/api/v1"}')
  mock = await startMockServer({ port: 0, distDir })
})

afterAll(async () => {
  await mock.close()
  await rm(distDir, { recursive: true, force: true })
})

const url = (pathname: string) => `${mock.url}${pathname}`

/** The `name=value` part of a Set-Cookie header, to send back as a browser would. */
const cookiePair = (response: Response) => (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''

async function signIn(username = 'director', headers: Record<string, string> = {}) {
  const response = await fetch(url('/api/v1/session'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  return {
    response,
    cookie: cookiePair(response),
    me: (await response.json()) as { name: string; csrfToken: string },
  }
}

describe('the mock HTTP server: API', () => {
  it('signs in with a real HttpOnly, SameSite=Strict cookie, and knows the user by it', async () => {
    const { response, cookie, me } = await signIn()
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('Set-Cookie') ?? ''
    expect(setCookie).toMatch(/^duban_session=[0-9a-f]{32}; /)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    expect(setCookie).toContain('Path=/api')
    expect(me.name).toBe('王建国')

    const withCookie = await fetch(url('/api/v1/me'), { headers: { Cookie: cookie } })
    expect(withCookie.status).toBe(200)
    expect(await withCookie.json()).toEqual(me)
  })

  it('keeps clients apart: a request without the cookie is not signed in', async () => {
    await signIn()
    const anonymous = await fetch(url('/api/v1/me'))
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('Content-Type')).toBe('application/problem+json')
  })

  it('refuses an unsafe request without the CSRF header, and accepts it with the token', async () => {
    const { cookie, me } = await signIn('staff')
    const without = await fetch(url('/api/v1/session'), { method: 'DELETE', headers: { Cookie: cookie } })
    expect(without.status).toBe(403)
    expect(((await without.json()) as { type: string }).type).toBe(
      'https://duban.example/problems/csrf-missing',
    )

    const signOut = await fetch(url('/api/v1/session'), {
      method: 'DELETE',
      headers: { Cookie: cookie, 'X-CSRF-Token': me.csrfToken },
    })
    expect(signOut.status).toBe(204)
    expect(signOut.headers.get('Set-Cookie')).toContain('Max-Age=0')
    expect((await fetch(url('/api/v1/me'), { headers: { Cookie: cookie } })).status).toBe(401)
  })

  it('replays a repeated POST with the same Idempotency-Key, acting once', async () => {
    const key = 'mock-server-test-0001'
    const sessionsBefore = mock.state.sessions.size
    const first = await signIn('wall', { 'Idempotency-Key': key })
    const second = await signIn('wall', { 'Idempotency-Key': key })
    expect(second.response.headers.get('Idempotent-Replayed')).toBe('true')
    expect(second.me).toEqual(first.me)
    expect(second.cookie).toBe(first.cookie)
    expect(mock.state.sessions.size).toBe(sessionsBefore + 1)
  })

  it('answers an unknown API path with a 404 problem, not the app', async () => {
    const response = await fetch(url('/api/v1/no-such-resource?x=1'))
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({
      type: 'https://duban.example/problems/not-found',
      instance: '/api/v1/no-such-resource?x=1',
    })
  })
})

describe('the mock HTTP server: the built app', () => {
  it('serves index.html with the production CSP, uncached', async () => {
    const response = await fetch(url('/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('Content-Security-Policy-Report-Only')).toBe(trustedTypesReportOnlyPolicy)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('no-cache')
    expect(await response.text()).toContain('<div id="root">')
  })

  it('falls back to index.html for client-side routes, never for missing files', async () => {
    const route = await fetch(url('/work-orders?status=overdue'))
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('<title>duban</title>')
    expect((await fetch(url('/assets/gone-123.js'))).status).toBe(404)
  })

  it('never serves a file outside dist/', async () => {
    // Encoded slashes survive URL normalization and are decoded by the server only.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: 'localhost', port: mock.port, path: '/..%2f..%2f..%2fetc%2fpasswd' }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(404)
  })

  it('caches hashed assets for good and config.json not at all, with the right types', async () => {
    const script = await fetch(url('/assets/index-Ab12.js'))
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const style = await fetch(url('/assets/index-Ab12.css'))
    expect(style.headers.get('Content-Type')).toBe('text/css; charset=utf-8')
    const config = await fetch(url('/config.json'))
    expect(config.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(config.headers.get('Cache-Control')).toBe('no-cache')
    expect(config.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
  })

  it('compresses text files for clients that accept it, and only for them', async () => {
    const get = (headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>(
        (resolve, reject) => {
          request(
            { host: 'localhost', port: mock.port, path: '/assets/index-Ab12.js', headers },
            (response) => {
              const chunks: Buffer[] = []
              response.on('data', (chunk: Buffer) => chunks.push(chunk))
              response.on('end', () =>
                resolve({
                  encoding: response.headers['content-encoding'],
                  vary: response.headers.vary,
                  body: Buffer.concat(chunks),
                }),
              )
            },
          )
            .on('error', reject)
            .end()
        },
      )
    const brotli = await get({ 'Accept-Encoding': 'gzip, deflate, br, zstd' })
    expect(brotli.encoding).toBe('br')
    expect(brotliDecompressSync(brotli.body).toString()).toBe('console.log("app")')
    expect(brotli.vary).toBe('Accept-Encoding')
    const gzip = await get({ 'Accept-Encoding': 'gzip, br;q=0' })
    expect(gzip.encoding).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe('console.log("app")')
    const plain = await get({})
    expect(plain.encoding).toBeUndefined()
    expect(plain.body.toString()).toBe('console.log("app")')
  })

  it('sends the CSP with API answers too', async () => {
    const response = await fetch(url('/api/v1/me'))
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy)
  })
})
