// The simulator where development and the demo run it: the browser's main thread. Builds
// tests/bench/simulator-page, serves it, and opens it in a fresh Chromium page per run, each a
// cold start (nothing generated, nothing compiled). The same request as api-bench.ts --cold.
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumArgs, resolveChromium } from '../e2e/support/chromium-path.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const pageRoot = fileURLToPath(new URL('./simulator-page/', import.meta.url))

export const coldTargetMs = 300

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript' }
  const server = createServer((request, response) => {
    const file = path.join(dir, request.url === '/' ? 'index.html' : (request.url ?? '').split('?')[0])
    try {
      const body = readFileSync(file)
      response.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream')
      response.end(body)
    } catch {
      response.statusCode = 404
      response.end()
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, server }),
    ),
  )
}

/** `runs` fresh pages; the medians and every run's figures, in milliseconds. */
export async function runSimulatorBrowserBench({ runs = 7 } = {}) {
  const chromiumPath = resolveChromium()
  if (chromiumPath.path === undefined) throw new Error(chromiumPath.problem)
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-simulator-'))
  await build({
    configFile: false,
    root: pageRoot,
    mode: 'production',
    logLevel: 'error',
    resolve: { alias: { '@': path.join(root, 'src'), '@mocks': path.join(root, 'mocks') } },
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
  })
  const { origin, server } = await serve(dir)
  const browser = await chromium.launch({ executablePath: chromiumPath.path, args: [...chromiumArgs] })
  try {
    const results = []
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${origin}/`)
      const handle = await page.waitForFunction(() => globalThis.__simulatorBench, null, { timeout: 120_000 })
      results.push(await handle.jsonValue())
      await context.close()
    }
    return {
      runs: results,
      coldMs: median(results.map((r) => r.coldMs)),
      nextYearMs: median(results.map((r) => r.nextYearMs)),
      coldTargetMs,
    }
  } finally {
    await browser.close()
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
