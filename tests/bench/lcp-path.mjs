// Where Lighthouse's simulated mobile LCP of a page goes (issue 4): one navigation of the
// production build on the mock server, then Lighthouse's own model (Lantern) read node by node:
// each request and main-thread task in the graph it simulates, with its simulated start and end.
// `node tests/bench/lcp-path.mjs [path]` (default `/`) after `npm run build`; the bare reference
// page is `/__bench-reference/`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import lighthouse from 'lighthouse'
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js'
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js'
import { prepareSite, startMockServer } from './bench-site.mjs'
import { launchChromium, signInBrowser } from './lighthouse.mjs'

const pagePath = process.argv[2] ?? '/'
const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
const artifactsDir = mkdtempSync(path.join(tmpdir(), 'duban-lcp-path-'))

const site = await prepareSite(distDir)
const server = await startMockServer(site.siteDir)
const chrome = await launchChromium()
try {
  await signInBrowser(chrome.port, server.origin)
  // The first navigation warms the browser's caches of its own; the second one is read.
  for (let i = 0; i < 2; i += 1)
    await lighthouse(`${server.origin}${pagePath}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
      skipAudits: ['bf-cache'],
      gatherMode: artifactsDir,
    })
} finally {
  chrome.kill()
  await server.stop()
  site.cleanup()
}

const artifacts = await loadArtifacts(artifactsDir)
rmSync(artifactsDir, { recursive: true, force: true })
const lcp = await LanternLargestContentfulPaint.request(
  {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: artifacts.settings,
    URL: artifacts.URL,
  },
  { computedCache: new Map() },
)
console.log(`simulated mobile LCP of ${pagePath}: ${Math.round(lcp.timing)} ms`)
console.log('the optimistic graph, by simulated start (ms): start, end, what')
const nodes = [...lcp.optimisticEstimate.nodeTimings.entries()].sort(
  (a, b) => a[1].startTime - b[1].startTime,
)
for (const [node, timing] of nodes) {
  const what =
    node.type === 'network'
      ? `${node.request.url.replace(server.origin, '')} (${node.request.transferSize} B)`
      : `main thread, ${Math.round(node.duration / 1000)} ms observed`
  console.log(
    `${String(Math.round(timing.startTime)).padStart(6)} ${String(Math.round(timing.endTime)).padStart(6)}  ${what}`,
  )
}
