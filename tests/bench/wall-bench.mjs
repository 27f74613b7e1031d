// The wall display in the bench (issue 7): Lighthouse's desktop preset on `/wall`, signed in as
// the `wall` account, on the production build served by the mock server. The wall's memory over
// days is `npm run soak`'s (tests/bench/wall-soak.mjs), not the bench's.
import { startMockServer } from './bench-site.mjs'
import { allCategories, audit, launchChromium, signInBrowser, summarizeRuns } from './lighthouse.mjs'

export const targets = { desktopScoreMin: 98 }

const runsPerPage = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5) || 5)

/** Median of `runsPerPage` desktop audits of `/wall` (after one discarded warm-up). */
export async function runWallBench({ distDir, log = console.log }) {
  const server = await startMockServer(distDir)
  const chrome = await launchChromium()
  try {
    await signInBrowser(chrome.port, server.origin, 'wall')
    // A long interval: the audit measures the first scene, not a rotation in the middle of it.
    const url = `${server.origin}/wall?interval=600`
    const run = async () => {
      const result = await audit(chrome.port, url, 'desktop', allCategories)
      const landed = new URL(result.finalUrl).pathname
      if (landed !== '/wall') throw new Error(`Lighthouse on /wall landed on ${landed}: not signed in?`)
      return result
    }
    log('[bench] wall: lighthouse warm-up')
    await run()
    const runs = []
    for (let i = 1; i <= runsPerPage; i += 1) {
      log(`[bench] wall: lighthouse desktop ${i}/${runsPerPage}`)
      runs.push(await run())
    }
    return { runsPerPage, runs, ...summarizeRuns(runs) }
  } finally {
    chrome.kill()
    await server.stop()
  }
}
