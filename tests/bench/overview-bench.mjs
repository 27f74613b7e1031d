// The Overview's browser bench (issue 4, "Speed and memory"): the production build and a bare
// reference page on one mock server, Lighthouse on both, then the JS heap across refresh cycles.
// The same browser, signed in as a director, also audits `/work-orders` with the desktop preset
// (issue 9's Lighthouse targets), and `/` and `/work-orders` desktop runs score accessibility and
// best practices too. tests/bench/run.mjs turns the result into its tables and bench.json.
import { availableParallelism, loadavg } from 'node:os'
import { prepareSite, referencePath, startMockServer } from './bench-site.mjs'
import { measureHeapCycles } from './heap-cycles.mjs'
import { allCategories, audit, launchChromium, median, signInBrowser, summarizeRuns } from './lighthouse.mjs'

export { median }

export const targets = {
  /** LCP of `/` divided by LCP of the reference page, same settings (mobile preset). */
  lcpRatioMax: 1.2,
  desktopScoreMin: 98,
  mobileScoreMin: 90,
  /** JS heap growth between the 20th and the 500th refresh cycle, bytes (1 MB). */
  heapGrowthMaxBytes: 1_000_000,
}

/** Lighthouse runs per page and preset; BENCH_LIGHTHOUSE_RUNS=1 makes a quick trial run. */
const runsPerPage = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5) || 5)
export const heapCycles = { early: 20, late: 500 }

/** The audit must have measured the page it was sent to, not a redirect to the sign-in page. */
function checkLanded(result, expectedPath) {
  const landed = new URL(result.finalUrl).pathname
  if (landed !== expectedPath)
    throw new Error(`Lighthouse on ${result.url} landed on ${landed}: not signed in, or an error page`)
  return result
}

async function lighthouseRuns(origin, log) {
  const started = performance.now()
  const app = { url: `${origin}/`, path: '/' }
  const reference = { url: `${origin}${referencePath}`, path: referencePath }
  const workOrders = { url: `${origin}/work-orders`, path: '/work-orders' }
  const chrome = await launchChromium()
  try {
    await signInBrowser(chrome.port, origin)
    const run = async (page, preset, categories) =>
      checkLanded(await audit(chrome.port, page.url, preset, categories), page.path)
    // Discarded: a fresh browser's first navigation pays for caches of its own. (The mock
    // server is warm by now: the heap cycles ran first.)
    log('[bench] lighthouse warm-up')
    await run(app, 'mobile')
    const runs = []
    // Interleaved, so a machine that gets busier or quieter during the bench skews both pages alike.
    for (let i = 1; i <= runsPerPage; i += 1) {
      log(
        `[bench] lighthouse round ${i}/${runsPerPage} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      )
      runs.push({ page: '/', ...(await run(app, 'mobile')) })
      runs.push({ page: 'reference', ...(await run(reference, 'mobile')) })
      runs.push({ page: '/', ...(await run(app, 'desktop', allCategories)) })
      runs.push({ page: '/work-orders', ...(await run(workOrders, 'desktop', allCategories)) })
    }
    return runs
  } finally {
    chrome.kill()
  }
}

function summarizeLighthouse(runs, loadAverage1m) {
  const pick = (page, preset, key) =>
    median(runs.filter((r) => r.page === page && r.preset === preset).map((r) => r[key]))
  const appLcpMs = pick('/', 'mobile', 'lcpMs')
  const referenceLcpMs = pick('reference', 'mobile', 'lcpMs')
  return {
    runsPerPage,
    loadAverage1m,
    cpus: availableParallelism(),
    appLcpMs,
    referenceLcpMs,
    lcpRatio: appLcpMs !== null && referenceLcpMs ? appLcpMs / referenceLcpMs : null,
    mobileScore: pick('/', 'mobile', 'score'),
    referenceMobileScore: pick('reference', 'mobile', 'score'),
    desktopScore: pick('/', 'desktop', 'score'),
    appDesktopLcpMs: pick('/', 'desktop', 'lcpMs'),
    appFcpMs: pick('/', 'mobile', 'fcpMs'),
    referenceFcpMs: pick('reference', 'mobile', 'fcpMs'),
    appTbtMs: pick('/', 'mobile', 'tbtMs'),
    referenceTbtMs: pick('reference', 'mobile', 'tbtMs'),
    appCls: pick('/', 'mobile', 'cls'),
    referenceCls: pick('reference', 'mobile', 'cls'),
    /** Per page and preset: medians of every score and metric, the audits that cost points. */
    pages: {
      '/ mobile': summarizeRuns(runs.filter((r) => r.page === '/' && r.preset === 'mobile')),
      '/ desktop': summarizeRuns(runs.filter((r) => r.page === '/' && r.preset === 'desktop')),
      '/work-orders desktop': summarizeRuns(
        runs.filter((r) => r.page === '/work-orders' && r.preset === 'desktop'),
      ),
    },
  }
}

/**
 * Builds the reference page beside a copy of `distDir`, serves both from one mock server, and
 * measures. Progress goes to `log`; the result is plain data.
 */
export async function runOverviewBench({ distDir, log = console.log }) {
  const started = performance.now()
  log('[bench] building the reference page, starting the mock server')
  const site = await prepareSite(distDir)
  let server
  try {
    server = await startMockServer(site.siteDir)
    // The heap first: its hundreds of requests also warm the mock server's simulation, so no
    // Lighthouse run pays for a cold server.
    log(`[bench] heap: ${heapCycles.late} refresh cycles`)
    const heapStarted = performance.now()
    const heap = await measureHeapCycles({ origin: server.origin, url: `${server.origin}/`, ...heapCycles })
    log(`[bench] heap done in ${((performance.now() - heapStarted) / 1000).toFixed(0)} s`)
    const loadAverage1m = loadavg()[0]
    const runs = await lighthouseRuns(server.origin, log)
    return {
      lighthouse: summarizeLighthouse(runs, loadAverage1m),
      runs,
      heap,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    await server?.stop()
    site.cleanup()
  }
}
