// @vitest-environment node
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { getResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiState } from '../api/api-state'
import { createHandlers } from '../handlers'

/**
 * `npm run mock-server`, the real process, asked with curl, against MSW in Node over the same
 * handlers, for the same seed and clock: the figures must be identical, whichever way the
 * API is served (and whatever either process's time zone).
 */
const root = fileURLToPath(new URL('../../', import.meta.url))
const seed = 20_240_601
const nowIso = '2026-11-20T10:00:00+08:00'
const endpoints = [
  '/kpis/summary?from=2026-01-01&to=2026-11-20&compare=yearAgo',
  '/kpis/summary?from=2026-11-01&to=2026-11-20&district=371102',
  '/kpis/six-timely?from=2026-10-01&to=2026-10-31',
  '/kpis/timeseries?metric=received&from=2026-10-01&to=2026-11-20&interval=week&split=channel',
  '/breakdowns/category?metric=received&from=2026-01-01&to=2026-11-20&compare=previous',
  '/work-orders?status=overdue&limit=50',
  '/work-orders?metric=closure&outcome=late&from=2026-01-01&to=2026-06-30&limit=20',
  '/calendar/2027',
]

let child: ChildProcess
let origin: string
let workDir: string

async function curl(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('curl', ['--silent', '--show-error', ...args])
  return stdout
}

/** Starts `npm run mock-server` with `args`, in another zone than the test's (on purpose). */
async function startServer(args: readonly string[]): Promise<{ child: ChildProcess; origin: string }> {
  const started = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      path.join(root, 'mocks/server/mock-server.ts'),
      '--port',
      '0',
      '--dist',
      workDir,
      ...args,
    ],
    { env: { ...process.env, TZ: 'Pacific/Auckland' }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    started.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /on (http:\/\/\S+)/.exec(output)?.[1]
      if (found) resolve(found.replace('localhost', '127.0.0.1'))
    })
    started.once('exit', (code) => reject(new Error(`the mock server exited (${String(code)}): ${output}`)))
  })
  return { child: started, origin: url }
}

async function signedInJar(at: string, name: string): Promise<string> {
  const jar = path.join(workDir, name)
  await curl(
    '--cookie-jar',
    jar,
    '--json',
    JSON.stringify({ username: 'director', password: 'duban-demo' }),
    `${at}/api/v1/session`,
  )
  return jar
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'duban-curl-'))
  ;({ child, origin } = await startServer(['--seed', String(seed), '--now', nowIso]))
}, 30_000)

afterAll(async () => {
  child.kill()
  await rm(workDir, { recursive: true, force: true })
})

describe('curl against `npm run mock-server` and MSW in Node, same seed and clock', () => {
  it('give the same answers on every aggregate and list', async () => {
    const jar = await signedInJar(origin, 'cookies.txt')

    const handlers = createHandlers({
      state: createApiState({ seed, now: () => Date.parse(nowIso) }),
      cookieTransport: 'http-header',
    })
    const signIn = await getResponse(
      handlers,
      new Request('http://mock.test/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'director', password: 'duban-demo' }),
      }),
    )
    const cookie = signIn?.headers.get('Set-Cookie')?.split(';')[0] ?? ''
    expect(cookie).toMatch(/^duban_session=/)

    for (const endpoint of endpoints) {
      const viaCurl = JSON.parse(await curl('--cookie', jar, `${origin}/api/v1${endpoint}`)) as unknown
      const inNode = await getResponse(
        handlers,
        new Request(`http://mock.test/api/v1${endpoint}`, { headers: { cookie } }),
      )
      expect(inNode?.status, endpoint).toBe(200)
      expect(viaCurl, endpoint).toEqual(await inNode?.json())
    }
  }, 60_000)
})

describe('`npm run mock-server -- --clock-from`', () => {
  it('runs the clock on from the instant, as it stood at --clock-started', async () => {
    // The clock stood at the instant ten seconds ago: it reads ten seconds and more past it.
    const from = '2026-12-31T23:59:50+08:00'
    // The real time, which the server process reads (a test clock fakes `Date` in this one only).
    const realNow = Math.round(performance.timeOrigin + performance.now())
    const server = await startServer(['--clock-from', from, '--clock-started', String(realNow - 10_000)])
    try {
      const jar = await signedInJar(server.origin, 'clock-cookies.txt')
      const asOf = async () => {
        const answer = await curl(
          '--cookie',
          jar,
          `${server.origin}/api/v1/kpis/summary?from=2027-01-01&to=2027-01-01`,
        )
        return Date.parse((JSON.parse(answer) as { asOf: string }).asOf)
      }
      const first = await asOf()
      expect(first - Date.parse(from)).toBeGreaterThanOrEqual(10_000)
      expect(first - Date.parse(from)).toBeLessThan(40_000)
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      expect(await asOf()).toBeGreaterThan(first)
    } finally {
      server.child.kill()
    }
  }, 60_000)

  it('refuses --clock-from with --now: one stops the clock, the other runs it', async () => {
    await expect(startServer(['--now', nowIso, '--clock-from', nowIso])).rejects.toThrow(/exited \(2\)/)
  }, 30_000)
})
