/**
 * The mock API's speed, in process, through MSW's Node handlers (the way the tests and the
 * browser reach it): `npx tsx tests/bench/api-bench.ts` prints one JSON document on stdout;
 * tests/bench/run.mjs turns it into a table.
 *
 * The clock runs live from a fixed instant, as in the browser (every answer reads it afresh),
 * so caches are measured as they behave while the world moves on. `cold` is the first answer of
 * a fresh process and a fresh state (`createApiState`): nothing generated, nothing memoized,
 * nothing compiled by the JIT yet. `heap` is what a one-year summary compared with the year
 * before keeps alive (measured in a child process: `node --expose-gc --import tsx
 * tests/bench/api-bench.ts --heap` prints that row alone). `--cold` prints the cold one-year
 * summary alone and the next fresh year in the same process, for repeated measurement.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { setupServer } from 'msw/node'
import { createHandlers } from '../../mocks/handlers'
import { createApiState } from '../../mocks/api/api-state'

const ANCHOR = Date.parse('2026-11-28T15:00:00+08:00')
const RUNS = 30
const COLD_TARGET_MS = 300
const WARM_TARGET_MS = 20
/** The browser runs the simulator in the page: what a year compared with the year before keeps. */
const HEAP_TARGET_MIB = 60
const HEAP_MODE = process.argv.includes('--heap')
const COLD_MODE = process.argv.includes('--cold')

const started = performance.now()
const state = createApiState({ seed: 20_230_101, now: () => ANCHOR + (performance.now() - started) })
const server = setupServer(...createHandlers({ state }))
server.listen({ onUnhandledRequest: 'error' })

const origin = 'http://bench.duban.test'
const year = { from: '2025-11-29', to: '2026-11-28' }
const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`

interface Case {
  readonly name: string
  readonly path: string
  /** False for the reference row (MSW's own cost, no figures): no target. */
  readonly target?: boolean
  /** Warm requests when not RUNS: the slower later endpoints, measured as their issues did. */
  readonly runs?: number
  /** The issue that asked for the figure, when not issue 3. */
  readonly issue?: string
}

const heapCase = {
  name: 'heap kept by summary, one year, compare=yearAgo',
  path: `/kpis/summary${query({ ...year, compare: 'yearAgo' })}`,
}

const cases: readonly Case[] = [
  { name: 'summary, one year', path: `/kpis/summary${query(year)}` },
  {
    name: 'summary, one year, compare=previous',
    path: `/kpis/summary${query({ ...year, compare: 'previous' })}`,
  },
  {
    name: 'summary, one year, compare=yearAgo',
    path: `/kpis/summary${query({ ...year, compare: 'yearAgo' })}`,
  },
  { name: 'six-timely, one year', path: `/kpis/six-timely${query(year)}` },
  {
    name: 'timeseries closure by month, one year',
    path: `/kpis/timeseries${query({ ...year, metric: 'closure', interval: 'month' })}`,
  },
  {
    name: 'timeseries received by day split by channel',
    path: `/kpis/timeseries${query({ ...year, metric: 'received', interval: 'day', split: 'channel' })}`,
  },
  {
    name: 'breakdown category closure, compare=previous',
    path: `/breakdowns/category${query({ ...year, metric: 'closure', compare: 'previous' })}`,
  },
  { name: 'work orders, 500 rows, no from/to', path: `/work-orders${query({ limit: '500' })}` },
  {
    name: 'work orders, 500 rows, status=open',
    path: `/work-orders${query({ limit: '500', status: 'open', sort: 'dueAt' })}`,
  },
  { name: 'work orders, 500 rows, one year', path: `/work-orders${query({ ...year, limit: '500' })}` },
  {
    name: 'work orders, 500 rows, metric=closure&outcome=onTime',
    path: `/work-orders${query({ ...year, limit: '500', metric: 'closure', outcome: 'onTime' })}`,
  },
  // Answers later issues measured without a target (their closing notes: 5 requests, the
  // median), kept here so the report carries them.
  { name: 'supervision suggestions', path: '/supervision-suggestions', target: false, runs: 5, issue: '6' },
  { name: 'rises by category (12 weeks)', path: '/rises/category', target: false, runs: 5, issue: '8' },
  { name: 'rises by business (12 weeks)', path: '/rises/business', target: false, runs: 5, issue: '8' },
  { name: 'events, one year', path: `/events${query(year)}`, target: false, runs: 5, issue: '8' },
  { name: 'monthly report 2026-10', path: '/reports/monthly/2026-10', target: false, runs: 5, issue: '8' },
  {
    name: 'quarterly report 2026-Q3',
    path: '/reports/quarterly/2026-Q3',
    target: false,
    runs: 5,
    issue: '8',
  },
  { name: 'alerts, active', path: `/alerts${query({ active: 'true' })}`, target: false, runs: 5, issue: '8' },
  // MSW's own round trip with a session check and no figures: the floor under every row.
  { name: 'reference: GET /me', path: '/me', target: false },
]

async function signIn(): Promise<void> {
  const response = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'director', password: 'duban-demo' }),
  })
  if (response.status !== 200) throw new Error(`sign-in failed: ${String(response.status)}`)
}

/** One request, timed to the end of reading its body (what a client waits for). */
async function timed(path: string): Promise<number> {
  const t0 = performance.now()
  const response = await fetch(`${origin}/api/v1${path}`)
  await response.text()
  const ms = performance.now() - t0
  if (response.status !== 200) throw new Error(`${path}: ${String(response.status)}`)
  return ms
}

function quantile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

const round = (ms: number): number => Math.round(ms * 10) / 10

/**
 * `--heap` (run in its own process by the bench, with --expose-gc): the heap a one-year summary
 * compared with the year before leaves alive in a fresh state (its days, facts and tables), after
 * a full collection: measured after the cold answer and one warm answer (which builds the day
 * tables), the state the page then lives with.
 */
async function heapRetained(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('--heap needs node --expose-gc')
  await signIn()
  gc()
  const before = process.memoryUsage().heapUsed
  await timed(heapCase.path)
  await timed(heapCase.path)
  gc()
  const retainedMiB = (process.memoryUsage().heapUsed - before) / (1024 * 1024)
  server.close()
  process.stdout.write(
    `${JSON.stringify({
      name: heapCase.name,
      path: heapCase.path,
      retainedMiB: round(retainedMiB),
      targetMiB: HEAP_TARGET_MIB,
      pass: retainedMiB <= HEAP_TARGET_MIB,
    })}\n`,
  )
}

/** Runs `--heap` in a fresh process (this one's heap holds every case's days). */
function measureHeap(): unknown {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--heap'],
    { cwd: fileURLToPath(new URL('../../', import.meta.url)), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  return JSON.parse(out.trim().split('\n').at(-1) ?? 'null')
}

/**
 * `--cold`: the cold one-year summary alone, then a year two years earlier in the same process
 * (compiled code warm, none of its days drawn yet): the part of the cold answer that is the
 * JIT's and the first use of tables, apart from drawing and reading a year. Machine load moves
 * both: run it a few times, a fresh process each.
 */
async function coldOnly(): Promise<void> {
  await signIn()
  const cold = await timed(cases[0]?.path ?? '')
  const nextYear = await timed(`/kpis/summary${query({ from: '2023-11-29', to: '2024-11-28' })}`)
  server.close()
  process.stdout.write(`${JSON.stringify({ coldMs: round(cold), nextYearMs: round(nextYear) })}\n`)
}

if (HEAP_MODE) {
  await heapRetained()
  process.exit(0)
}
if (COLD_MODE) {
  await coldOnly()
  process.exit(0)
}

await signIn()
const results = []
for (const [index, { name, path, target = true, runs, issue }] of cases.entries()) {
  const cold = await timed(path)
  const times: number[] = []
  for (let i = 0; i < (runs ?? RUNS); i++) times.push(await timed(path))
  times.sort((a, b) => a - b)
  const median = quantile(times, 0.5)
  const p95 = quantile(times, 0.95)
  results.push({
    name,
    path,
    ...(runs === undefined ? {} : { runs }),
    ...(issue === undefined ? {} : { issue }),
    // Only the very first request meets a fresh process and state; later "first" answers
    // already share the days the earlier ones generated.
    coldMs: round(cold),
    coldTargetMs: index === 0 ? COLD_TARGET_MS : null,
    warmMedianMs: round(median),
    warmP95Ms: round(p95),
    warmTargetMs: target ? WARM_TARGET_MS : null,
    coldPass: index === 0 ? cold <= COLD_TARGET_MS : null,
    warmPass: target ? median <= WARM_TARGET_MS : null,
  })
}
server.close()
const heap = measureHeap()
process.stdout.write(`${JSON.stringify({ runs: RUNS, results, heap })}\n`)
