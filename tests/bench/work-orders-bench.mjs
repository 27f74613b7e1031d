// The work-order list's browser bench (issue 5, "Speed and memory"): the production build on the
// mock server's `backlog` scenario, a list URL matching at least 50,000 rows, and four figures:
// the time from changing a filter to the table showing the new rows, long tasks while scrolling
// through 5,000 rows, the most table rows in the DOM at any time, and the JS heap across opening
// and closing the detail drawer. tests/bench/run.mjs turns the result into tables and bench.json;
// `node tests/bench/work-orders-bench.mjs` runs it alone (building first when dist/ is stale)
// and writes tests/bench/out/work-orders-bench.json.
//
// Knobs: BENCH_WORK_ORDERS_FILTER_ROUNDS=n (fresh page loads per filter tab, default 2).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, resolveChromium } from '../e2e/support/chromium-path.mjs'
import { startMockServer } from './bench-site.mjs'
import { heapAfterGc } from './heap-cycles.mjs'
import { compositionGrowth, heapComposition } from './heap-snapshot.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))

export const targets = {
  /** Median ms from the click that changes a filter to the frame that shows the new rows. */
  filterToRowsMsMax: 150,
  /** Long tasks (over 50 ms) while scrolling through 5,000 rows. */
  scrollLongTasksMax: 0,
  /** `tbody tr[data-index]` in the DOM, at most, at any commit during the scroll. */
  renderedRowsMax: 100,
  /** JS heap growth between the early and the late detail cycle, bytes (2 MB). */
  heapGrowthMaxBytes: 2_000_000,
}

export const settings = {
  /** The list URL's period is the shortest run of days up to today that matches this many. */
  matchingRowsMin: 50_000,
  scrollRows: 5_000,
  /** Per animation frame: a brisk wheel flick, so the virtualizer renders new rows every frame. */
  scrollStepPx: 200,
  /** Fresh page loads per state tab; each gives one filter sample. */
  filterRounds: Math.max(1, Number(process.env.BENCH_WORK_ORDERS_FILTER_ROUNDS ?? 2) || 2),
  /**
   * The detail is opened from the first `detailRows` rows in turn: after the early reading every
   * one of them is in the query cache, so growth after it is what the page keeps, not the cache
   * filling up with details it is right to keep for a while.
   */
  detailRows: 10,
  heapCycles: { early: 10, late: 200 },
}

/** The state tabs other than "all", each a link that changes the `status` filter. */
const statusTabs = ['open', 'overdue', 'atRisk', 'supervised', 'closed']

const rowSelector = '[data-virtual-scroller] tbody tr[data-index]'

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The instant as ISO 8601 in China time (the mock server's `--now` wants an explicit offset). */
function chinaIso(ms) {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

const chinaDay = (ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * The mock server on the `backlog` scenario with its clock stopped at `nowMs`, serving `siteDir`.
 * A stopped clock keeps the data still while the bench compares the table with the API (a live
 * clock adds orders at the top of the list between the two readings); it stops at the bench's
 * own start, so the browser's clock and the server's agree.
 */
function startBacklogServer(siteDir, nowMs) {
  return startMockServer(siteDir, ['--scenario', 'backlog', '--now', chinaIso(nowMs)])
}

/** `GET /work-orders` with one row: its total and first id, as the table should show them. */
async function firstOfList(request, origin, search) {
  const response = await request.get(
    `${origin}/api/v1/work-orders?${new URLSearchParams({ ...search, limit: '1' })}`,
  )
  if (!response.ok())
    throw new Error(`GET /work-orders?${new URLSearchParams(search)}: HTTP ${response.status()}`)
  const body = await response.json()
  return { total: body.total, firstId: body.items[0]?.id ?? null }
}

/**
 * The shortest period ending today (China time) that matches at least `matchingRowsMin` work
 * orders: the list's filters are a period, as a drill-down from the Overview's figures sends.
 * Bisection over the number of days (the API allows at most 1096).
 */
async function findBaseSearch(request, origin, nowMs) {
  const to = chinaDay(nowMs)
  const searchFor = (days) => ({ from: chinaDay(nowMs - (days - 1) * 86_400_000), to })
  let low = 1
  let high = 1096
  const widest = await firstOfList(request, origin, searchFor(high))
  if (widest.total < settings.matchingRowsMin)
    throw new Error(`backlog matches only ${widest.total} rows in ${high} days`)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const { total } = await firstOfList(request, origin, searchFor(middle))
    if (total >= settings.matchingRowsMin) high = middle
    else low = middle
  }
  const search = searchFor(high)
  return { search, days: high, ...(await firstOfList(request, origin, search)) }
}

const listUrl = (origin, search) => `${origin}/work-orders?${new URLSearchParams(search)}`

/** Opens the list and waits until its first page is in the table and the page has gone quiet. */
async function openList(page, url) {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.locator(`${rowSelector}[data-index="0"]`).waitFor({ timeout: 30_000 })
}

/**
 * One filter change: from the list with no state filter, a click on a state tab (a router link,
 * so an in-app navigation that changes one URL filter, as a select would). Timed in the page,
 * from the click event to the first animation frame callback that finds the table holding the
 * new result (its first row is the API's first id, its row count the API's total), which runs
 * just before that frame paints; and to the React commit that put it there (seen by a mutation
 * observer, one step earlier).
 */
async function filterSample(page, request, origin, baseSearch, status) {
  await openList(page, listUrl(origin, baseSearch))
  const expected = await firstOfList(request, origin, { ...baseSearch, status })
  let apiMs = null
  const onFinished = (req) => {
    const url = new URL(req.url())
    if (
      url.pathname === '/api/v1/work-orders' &&
      url.searchParams.get('status') === status &&
      url.searchParams.get('limit') !== '1' &&
      !url.searchParams.has('cursor')
    )
      apiMs = req.timing().responseEnd
  }
  page.on('requestfinished', onFinished)
  // Runs in the page: `globalThis` is its window (this file is linted as Node code).
  await page.evaluate(
    ({ id, rowCount, selector }) => {
      const doc = globalThis.document
      const state = { clickAt: null, commitAt: null, frameAt: null }
      const shows = () => {
        const first = doc.querySelector(`${selector}[data-index="0"] th a`)
        const table = doc.querySelector('[data-virtual-scroller] table')
        return first?.textContent === id && table?.getAttribute('aria-rowcount') === rowCount
      }
      doc.addEventListener('click', (event) => (state.clickAt = event.timeStamp), {
        capture: true,
        once: true,
      })
      const observer = new globalThis.MutationObserver(() => {
        if (state.clickAt !== null && state.commitAt === null && shows()) state.commitAt = performance.now()
      })
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true })
      state.done = new Promise((resolve) => {
        // The callback's own clock, not its argument: the argument is the frame's planned start,
        // which on a busy main thread lies before the task that committed the rows.
        const frame = () => {
          if (state.clickAt !== null && shows()) {
            state.frameAt = performance.now()
            observer.disconnect()
            resolve()
          } else globalThis.requestAnimationFrame(frame)
        }
        globalThis.requestAnimationFrame(frame)
      })
      globalThis.__woFilterSample = state
    },
    { id: expected.firstId, rowCount: String(expected.total + 1), selector: rowSelector },
  )
  await page.locator(`nav a[href*="status=${status}"]`).click()
  const timing = await page.evaluate(async () => {
    const state = globalThis.__woFilterSample
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000))
    if ((await Promise.race([state.done, timeout])) === 'timeout') return null
    return {
      toFrameMs: state.frameAt - state.clickAt,
      toCommitMs: state.commitAt === null ? null : state.commitAt - state.clickAt,
    }
  })
  // Playwright reports the finished request a little after the page has used the response.
  for (let waited = 0; apiMs === null && waited < 5_000; waited += 50) await page.waitForTimeout(50)
  page.off('requestfinished', onFinished)
  if (timing === null) throw new Error(`the table never showed ${expected.firstId} after the ${status} tab`)
  return { status, total: expected.total, ...timing, apiMs }
}

/**
 * Scrolls the table by `scrollStepPx` each animation frame until the row at index `scrollRows`
 * is rendered, waiting at the end of the loaded rows for the next page as a reader would. Long
 * tasks and long animation frames (with the scripts Chromium blames) are observed only during
 * the scroll; the rows in the DOM are counted after every mutation, so no commit escapes.
 */
function scrollThrough(page) {
  return page.evaluate(
    ({ rows, step, selector }) => {
      const doc = globalThis.document
      const scroller = doc.querySelector('[data-virtual-scroller]')
      const longTasks = []
      const longFrames = []
      const taskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          longTasks.push({ startMs: entry.startTime, durationMs: entry.duration })
      })
      taskObserver.observe({ type: 'longtask' })
      const frameObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          longFrames.push({
            startMs: entry.startTime,
            durationMs: entry.duration,
            blockingMs: entry.blockingDuration,
            renderMs: entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0,
            styleLayoutMs:
              entry.styleAndLayoutStart > 0
                ? entry.startTime + entry.duration - entry.styleAndLayoutStart
                : 0,
            scripts: entry.scripts.map((s) => ({
              invoker: s.invoker,
              durationMs: s.duration,
              forcedLayoutMs: s.forcedStyleAndLayoutDuration,
              source: `${s.sourceURL.split('/').at(-1)}:${s.sourceFunctionName || '?'}@${s.sourceCharPosition}`,
            })),
          })
      })
      frameObserver.observe({ type: 'long-animation-frame' })
      let maxRows = 0
      const count = () => {
        maxRows = Math.max(maxRows, doc.querySelectorAll(selector).length)
      }
      const mutations = new globalThis.MutationObserver(count)
      mutations.observe(scroller, { childList: true, subtree: true })
      count()
      // The last rendered data row (the spacer row after it has no index).
      const lastIndex = () => {
        const rendered = doc.querySelectorAll(selector)
        return Number(rendered[rendered.length - 1]?.dataset.index ?? 0)
      }
      return new Promise((resolve, reject) => {
        const started = performance.now()
        let frames = 0
        let waitingFrames = 0
        let lastProgress = started
        const frame = (time) => {
          frames += 1
          if (lastIndex() >= rows) {
            taskObserver.disconnect()
            frameObserver.disconnect()
            mutations.disconnect()
            resolve({
              longTasks,
              longFrames,
              maxRows,
              frames,
              waitingFrames,
              scrollMs: performance.now() - started,
              lastIndex: lastIndex(),
            })
            return
          }
          const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1
          if (atEnd) {
            // The end of the loaded rows: the next page is on its way.
            waitingFrames += 1
            if (time - lastProgress > 30_000) {
              reject(new Error(`no new rows for 30 s at row ${lastIndex()}`))
              return
            }
          } else {
            scroller.scrollTop += step
            lastProgress = time
          }
          globalThis.requestAnimationFrame(frame)
        }
        globalThis.requestAnimationFrame(frame)
      })
    },
    { rows: settings.scrollRows, step: settings.scrollStepPx, selector: rowSelector },
  )
}

/**
 * One detail cycle as a user does it: click a row's number, wait for the drawer to show the
 * work order (its sections, not the loading line), press Escape, wait for the list alone.
 */
async function detailCycle(page, index) {
  await page.locator(`${rowSelector}[data-index="${index}"] th a`).click()
  await page.locator('dialog[open] section h3').first().waitFor({ timeout: 30_000 })
  await page.keyboard.press('Escape')
  await page.waitForFunction(
    () =>
      globalThis.document.querySelector('dialog') === null && globalThis.location.pathname === '/work-orders',
    null,
    { timeout: 30_000 },
  )
}

async function detailHeap(page, context) {
  const cdp = await context.newCDPSession(page)
  const { early, late } = settings.heapCycles
  const started = performance.now()
  for (let cycle = 0; cycle < early; cycle += 1) await detailCycle(page, cycle % settings.detailRows)
  const atEarly = await heapAfterGc(cdp)
  // After the reading, so the snapshot's own work cannot touch the figure.
  const compositionEarly = await heapComposition(cdp)
  for (let cycle = early; cycle < late; cycle += 1) await detailCycle(page, cycle % settings.detailRows)
  const atLate = await heapAfterGc(cdp)
  const compositionLate = await heapComposition(cdp)
  return {
    early,
    late,
    atEarly,
    atLate,
    growthBytes: atLate.usedBytes - atEarly.usedBytes,
    composition: compositionGrowth(compositionEarly, compositionLate),
    msPerCycle: (performance.now() - started) / late,
  }
}

/**
 * Copies `distDir` (so a concurrent build cannot change files under the run), serves it on the
 * backlog scenario, and measures. Progress goes to `log`; the result is plain data.
 */
export async function runWorkOrdersBench({ distDir, log = console.log }) {
  const started = performance.now()
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-wo-bench-'))
  const siteDir = path.join(dir, 'site')
  cpSync(distDir, siteDir, { recursive: true })
  const executable = resolveChromium()
  if (executable.path === undefined) throw new Error(executable.problem)
  const nowMs = Date.now()
  let server
  let browser
  try {
    log('[bench] work orders: starting the mock server (backlog, clock stopped now)')
    server = await startBacklogServer(siteDir, nowMs)
    const { origin } = server
    browser = await chromium.launch({ executablePath: executable.path, args: [...chromiumArgs] })
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const signIn = await context.request.post(`${origin}/api/v1/session`, {
      data: { username: 'director', password: 'duban-demo' },
    })
    if (!signIn.ok()) throw new Error(`signing in failed: HTTP ${signIn.status()}`)
    const base = await findBaseSearch(context.request, origin, nowMs)
    log(`[bench] work orders: ${base.search.from} to ${base.search.to} matches ${base.total} rows`)
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(String(error)))
    // Warm-up, discarded: the first load compiles the app's code and the server's first answers.
    await openList(page, listUrl(origin, base.search))

    const loadAtFilter = loadavg()[0]
    const tabs = []
    for (const status of statusTabs) {
      const { total } = await firstOfList(context.request, origin, { ...base.search, status })
      tabs.push({ status, total })
    }
    const samples = []
    for (let round = 1; round <= settings.filterRounds; round += 1) {
      for (const { status, total } of tabs) {
        // An empty result shows the empty message, no rows: nothing to time.
        if (total === 0) continue
        log(`[bench] work orders: filter round ${round}/${settings.filterRounds}, ${status}`)
        samples.push(await filterSample(page, context.request, origin, base.search, status))
      }
    }

    log(`[bench] work orders: scrolling through ${settings.scrollRows} rows`)
    const loadAtScroll = loadavg()[0]
    await openList(page, listUrl(origin, base.search))
    let listRequests = 0
    const countRequests = (req) => {
      const url = new URL(req.url())
      if (url.pathname === '/api/v1/work-orders' && url.searchParams.get('limit') === '100') listRequests += 1
    }
    page.on('request', countRequests)
    const scroll = await scrollThrough(page)
    page.off('request', countRequests)

    log(`[bench] work orders: detail opened and closed ${settings.heapCycles.late} times`)
    const loadAtHeap = loadavg()[0]
    // A new tab: in the one that scrolled, closing the drawer brings back a scroll position the
    // router saved for this URL during the scroll, and the rows to click are no longer rendered.
    await page.close()
    const heapPage = await context.newPage()
    heapPage.on('pageerror', (error) => pageErrors.push(String(error)))
    await openList(heapPage, listUrl(origin, base.search))
    const heap = await detailHeap(heapPage, context)

    return {
      cpus: availableParallelism(),
      base,
      filter: {
        loadAverage1m: loadAtFilter,
        samples,
        medianToFrameMs: median(samples.map((s) => s.toFrameMs)),
        medianToCommitMs: median(samples.map((s) => s.toCommitMs)),
        medianApiMs: median(samples.map((s) => s.apiMs)),
      },
      scroll: {
        loadAverage1m: loadAtScroll,
        ...scroll,
        longTaskCount: scroll.longTasks.length,
        longestTaskMs: Math.max(0, ...scroll.longTasks.map((t) => t.durationMs)),
        listRequests,
      },
      heap: { loadAverage1m: loadAtHeap, ...heap },
      pageErrors,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The newest modification time of any file under `dir`, ms. */
function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  return newest
}

// Run alone: build when dist/ is missing or older than the sources, measure, write the result.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = path.join(root, 'dist')
  const built = (() => {
    try {
      return statSync(path.join(distDir, 'index.html')).mtimeMs
    } catch {
      return 0
    }
  })()
  if (built < newestMtime(path.join(root, 'src'))) {
    console.log('[bench] npm run build (dist/ is missing or older than src/)')
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
    if (result.status !== 0) {
      process.stdout.write(result.stdout)
      process.stderr.write(result.stderr)
      throw new Error(`npm run build failed (exit ${result.status})`)
    }
  }
  const result = await runWorkOrdersBench({ distDir })
  const outDir = path.join(root, 'tests/bench/out')
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, 'work-orders-bench.json'), `${JSON.stringify(result, null, 2)}\n`)
  const { filter, scroll, heap } = result
  console.log(
    [
      `rows matching: ${result.base.total} (${result.base.search.from} to ${result.base.search.to})`,
      `filter to rows, median ms: ${filter.medianToFrameMs?.toFixed(1)} (commit ${filter.medianToCommitMs?.toFixed(1)}, API ${filter.medianApiMs?.toFixed(1)}; ${filter.samples.length} samples; load ${filter.loadAverage1m.toFixed(1)})`,
      `scroll ${settings.scrollRows} rows: ${scroll.longTaskCount} long tasks, longest ${scroll.longestTaskMs.toFixed(0)} ms; rows in DOM at most ${scroll.maxRows} (load ${scroll.loadAverage1m.toFixed(1)})`,
      `heap after ${heap.early} / ${heap.late} detail cycles: ${(heap.atEarly.usedBytes / 1e6).toFixed(3)} / ${(heap.atLate.usedBytes / 1e6).toFixed(3)} MB, growth ${(heap.growthBytes / 1e6).toFixed(3)} MB (load ${heap.loadAverage1m.toFixed(1)})`,
      `page errors: ${result.pageErrors.length}; ${result.seconds.toFixed(0)} s; wrote tests/bench/out/work-orders-bench.json`,
    ].join('\n'),
  )
}
