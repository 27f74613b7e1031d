// JS heap of a page across refresh cycles, for tests/bench/overview-bench.mjs. The page's bench
// hook (src/app/bench-hook.ts, `window.__dubanBench.refreshAll()`) runs one cycle: every active
// query refetches, as a poll would, and the cycle ends after the next frame, once React has
// rendered the new data. Heap is read after forced garbage collection, so growth between the
// 20th and the 500th cycle is what the page keeps, not garbage not yet collected. The JS heap
// figure is V8's used size (what performance.memory reports); a snapshot at each point then
// says what the growth is made of (tests/bench/heap-snapshot.mjs).
import { chromium } from 'playwright-core'
import { chromiumArgs, resolveChromium } from '../e2e/support/chromium-path.mjs'
import { compositionGrowth, heapComposition } from './heap-snapshot.mjs'

/** Collects garbage until the heap stops shrinking (one pass can leave weakly held objects). */
export async function heapAfterGc(cdp) {
  let previous = Number.POSITIVE_INFINITY
  let usage
  for (let pass = 0; pass < 5; pass += 1) {
    await cdp.send('HeapProfiler.collectGarbage')
    usage = await cdp.send('Runtime.getHeapUsage')
    if (usage.usedSize >= previous) break
    previous = usage.usedSize
  }
  const dom = await cdp.send('Memory.getDOMCounters')
  return {
    usedBytes: usage.usedSize,
    totalBytes: usage.totalSize,
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
  }
}

/** Runs `count` refresh cycles in the page; returns the milliseconds they took. */
function runCycles(page, count) {
  // Runs in the page: `globalThis` is its window (this file is linted as Node code).
  return page.evaluate(async (n) => {
    const started = performance.now()
    for (let i = 0; i < n; i += 1) {
      await globalThis.__dubanBench.refreshAll()
      // A frame and a task: React has committed what the refetch brought.
      await new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0)))
    }
    return performance.now() - started
  }, count)
}

/**
 * Opens `url` signed in (desktop size), then measures the heap after `early` and after `late`
 * refresh cycles in total. Returns `{ hookMissing: true, ... }` when the page has no bench hook
 * (the app's main.tsx must call `installBenchHook(queryClient)`).
 */
export async function measureHeapCycles({ origin, url, early = 20, late = 500 }) {
  const chromium_ = resolveChromium()
  if (chromium_.path === undefined) throw new Error(chromium_.problem)
  const browser = await chromium.launch({ executablePath: chromium_.path, args: [...chromiumArgs] })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const signIn = await context.request.post(`${origin}/api/v1/session`, {
      data: { username: 'director', password: 'duban-demo' },
    })
    if (!signIn.ok()) throw new Error(`signing in failed: HTTP ${signIn.status()}`)
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(String(error)))
    let apiRequests = 0
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests += 1
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    const finalPath = new URL(page.url()).pathname
    const hookPresent = await page
      .waitForFunction(() => typeof globalThis.__dubanBench?.refreshAll === 'function', null, {
        timeout: 5_000,
      })
      .then(() => true)
      .catch(() => false)
    if (!hookPresent) return { hookMissing: true, finalPath, pageErrors }

    const cdp = await context.newCDPSession(page)
    const requestsBefore = apiRequests
    const earlyMs = await runCycles(page, early)
    const atEarly = await heapAfterGc(cdp)
    // After the reading, so the snapshot's own work cannot touch the figure.
    const compositionEarly = await heapComposition(cdp)
    const lateMs = await runCycles(page, late - early)
    const atLate = await heapAfterGc(cdp)
    const compositionLate = await heapComposition(cdp)
    return {
      hookMissing: false,
      finalPath,
      early,
      late,
      atEarly,
      atLate,
      growthBytes: atLate.usedBytes - atEarly.usedBytes,
      composition: compositionGrowth(compositionEarly, compositionLate),
      msPerCycle: (earlyMs + lateMs) / late,
      apiRequestsPerCycle: (apiRequests - requestsBefore) / late,
      pageErrors,
    }
  } finally {
    await browser.close()
  }
}
