// The wall display's soak (issue 7, "Speed and memory"): the production build in Chromium, the
// wall signed in as the `wall` account, refreshes and scene changes driven through the page's
// hooks (window.__dubanBench.refreshAll, window.__dubanWall.next) as fast as the page settles,
// far under the 250 ms apart the issue allows. The JS heap (after forced garbage collection)
// and the DOM (the page's elements, and Chromium's node counter) are sampled on the same scene every `sampleEvery` refreshes; the
// heap's slope per 1,000 refreshes comes from a least-squares line through the samples after
// the warm-up, so one noisy sample cannot make or break the verdict.
import { chromium } from 'playwright-core'
import { chromiumArgs, resolveChromium } from '../e2e/support/chromium-path.mjs'
import { heapAfterGc } from './heap-cycles.mjs'

export const soakTargets = {
  /** Heap slope, bytes per 1,000 refreshes. */
  heapSlopeMaxBytes: 500_000,
  /** The page's elements: every sample after the warm-up within this fraction of their mean. */
  domSpreadMax: 0.05,
}

export const soakSettings = {
  refreshes: Number(process.env.SOAK_REFRESHES ?? 2000) || 2000,
  /** One scene change every this many refreshes: 2,000 refreshes bring 500 changes. */
  refreshesPerSceneChange: 4,
  sampleEvery: 100,
  /** Samples before this many refreshes are the warm-up (caches, JIT, the charts' first draw). */
  warmUp: 300,
}

/** Least-squares slope of `y` against `x`. */
export function slope(points) {
  const n = points.length
  if (n < 2) return null
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  let covariance = 0
  let variance = 0
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY)
    variance += (p.x - meanX) ** 2
  }
  return variance === 0 ? null : covariance / variance
}

/** `count` refreshes in the page, with a scene change every `every`; returns the changes made. */
function drive(page, count, every) {
  return page.evaluate(
    async ({ count, every }) => {
      let changes = 0
      const frame = () =>
        new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0)))
      for (let i = 1; i <= count; i += 1) {
        await globalThis.__dubanBench.refreshAll()
        await frame()
        if (i % every === 0) {
          globalThis.__dubanWall.next()
          changes += 1
          await frame()
        }
      }
      return changes
    },
    { count, every },
  )
}

/** Steps on until the first scene shows, so every sample counts the nodes of the same scene. */
async function toFirstScene(page) {
  return page.evaluate(async () => {
    let steps = 0
    while (globalThis.__dubanWall.scene().index !== 0) {
      globalThis.__dubanWall.next()
      steps += 1
      await new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0)))
    }
    return steps
  })
}

/**
 * Opens `${origin}/wall` at 1920x1080 with a long interval (the soak, not the timer, changes
 * scenes), waits for the hooks and the first figures, then soaks.
 */
export async function runWallSoak({ origin, log = console.log, settings = soakSettings }) {
  const chromium_ = resolveChromium()
  if (chromium_.path === undefined) throw new Error(chromium_.problem)
  const browser = await chromium.launch({ executablePath: chromium_.path, args: [...chromiumArgs] })
  const started = performance.now()
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const signIn = await context.request.post(`${origin}/api/v1/session`, {
      data: { username: 'wall', password: 'duban-demo' },
    })
    if (!signIn.ok()) throw new Error(`signing in as wall failed: HTTP ${signIn.status()}`)
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${origin}/wall?interval=600`)
    await page.waitForFunction(
      () => typeof globalThis.__dubanBench?.refreshAll === 'function' && globalThis.__dubanWall !== undefined,
      null,
      { timeout: 30_000 },
    )
    await page.getByRole('heading', { level: 2 }).waitFor()
    const cdp = await context.newCDPSession(page)
    const scenes = await page.evaluate(() => globalThis.__dubanWall.scene().count)

    const samples = []
    let refreshes = 0
    let sceneChanges = 0
    while (refreshes < settings.refreshes) {
      sceneChanges += await drive(page, settings.sampleEvery, settings.refreshesPerSceneChange)
      refreshes += settings.sampleEvery
      sceneChanges += await toFirstScene(page)
      const heap = await heapAfterGc(cdp)
      // The page's own elements: Chromium's node counter also counts detached nodes that React
      // still holds for a moment after a scene change, which comes and goes with timing.
      const elements = await page.evaluate(() => globalThis.document.getElementsByTagName('*').length)
      samples.push({ refreshes, sceneChanges, elements, ...heap })
      if (refreshes % 500 === 0)
        log(
          `[soak] ${refreshes} refreshes, ${sceneChanges} scene changes: heap ${(heap.usedBytes / 1e6).toFixed(2)} MB, ${heap.domNodes} DOM nodes (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        )
    }
    const seconds = (performance.now() - started) / 1000
    const after = samples.filter((s) => s.refreshes > settings.warmUp)
    const heapSlope = slope(after.map((s) => ({ x: s.refreshes, y: s.usedBytes })))
    const spread = (values) => {
      const mean = values.reduce((sum, v) => sum + v, 0) / values.length
      return { mean, spread: Math.max(...values.map((v) => Math.abs(v - mean) / mean)) }
    }
    const elements = spread(after.map((s) => s.elements))
    const nodes = spread(after.map((s) => s.domNodes))
    const nodeSlope = slope(after.map((s) => ({ x: s.refreshes, y: s.domNodes })))
    const listenerSlope = slope(after.map((s) => ({ x: s.refreshes, y: s.listeners })))
    return {
      settings,
      scenes,
      refreshes,
      sceneChanges,
      seconds,
      msPerRefresh: (seconds * 1000) / refreshes,
      samples,
      heapSlopeBytesPer1000: heapSlope === null ? null : heapSlope * 1000,
      elementsMean: elements.mean,
      elementsSpread: elements.spread,
      domNodesMean: nodes.mean,
      domNodesSpread: nodes.spread,
      domNodeSlopePer1000: nodeSlope === null ? null : nodeSlope * 1000,
      listenerSlopePer1000: listenerSlope === null ? null : listenerSlope * 1000,
      pageErrors: errors,
    }
  } finally {
    await browser.close()
  }
}
