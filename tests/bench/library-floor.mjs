// What the app's libraries alone cost the Overview's LCP ratio (issue 4): Lighthouse's mobile
// LCP of the bare reference page, of that page built with the app's libraries
// (tests/bench/reference-variants: TanStack Query; with Router; with i18next; with both and
// zustand) and of `/`, interleaved, on one mock server. Not part of `npm run bench`: it answers
// one question, how close a page that uses these libraries can come to the bare one.
// `node tests/bench/library-floor.mjs [runs]` (default 3) after `npm run build`.
/* global document -- used in a function that runs in the page (waitForFunction) */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import puppeteer from 'puppeteer-core'
import { build } from 'vite'
import { prepareSite, referencePath, startMockServer } from './bench-site.mjs'
import { audit, launchChromium, median, signInBrowser } from './lighthouse.mjs'

const variantsRoot = fileURLToPath(new URL('./reference-variants/', import.meta.url))
const variants = {
  query: 'TanStack Query',
  router: 'Query + TanStack Router',
  i18n: 'Query + i18next',
  stack: 'Query + Router + i18next + zustand',
}
const runs = Math.max(1, Number(process.argv[2] ?? 3) || 3)
const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
const kib = (bytes) => (bytes / 1024).toFixed(1)

/** Builds each variant on its own, like the reference page: one page, its own chunks. */
async function buildVariants(siteDir) {
  const sizes = {}
  for (const name of Object.keys(variants)) {
    const output = await build({
      configFile: false,
      root: variantsRoot,
      base: `${referencePath}${name}/`,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      // One page for all: its script is the variant's own module.
      resolve: { alias: { '/variant-entry': path.join(variantsRoot, `${name}.tsx`) } },
      build: {
        outDir: path.join(siteDir, referencePath, name),
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
      },
    })
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)
    const code = chunks.filter((c) => c.type === 'chunk').map((c) => c.code)
    sizes[name] = code.reduce(
      (sum, text) => sum + gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).length,
      0,
    )
  }
  return sizes
}

/** Each variant must paint the six figures, not an error: otherwise its LCP measures nothing. */
async function checkShowsFigures(port, url) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null })
  try {
    const page = await browser.newPage()
    await page.goto(url)
    await page.waitForFunction(() => document.querySelectorAll('dd').length === 6, { timeout: 15_000 })
    await page.close()
  } catch (error) {
    throw new Error(`${url} did not show the six figures`, { cause: error })
  } finally {
    await browser.disconnect()
  }
}

const site = await prepareSite(distDir)
const server = await startMockServer(site.siteDir)
const chrome = await launchChromium()
const lcp = {}
try {
  const sizes = await buildVariants(site.siteDir)
  const pages = {
    reference: { url: referencePath, label: 'bare reference page (React)' },
    ...Object.fromEntries(
      Object.entries(variants).map(([name, label]) => [
        name,
        { url: `${referencePath}${name}/`, label: `${label} (${kib(sizes[name])} KiB gzip)` },
      ]),
    ),
    app: { url: '/', label: 'the Overview' },
  }
  await signInBrowser(chrome.port, server.origin)
  for (const [name, page] of Object.entries(pages))
    if (name !== 'app') await checkShowsFigures(chrome.port, `${server.origin}${page.url}`)
  // Discarded, as in the bench: a fresh browser's first navigation pays for caches of its own.
  await audit(chrome.port, `${server.origin}/`, 'mobile')
  for (let round = 1; round <= runs; round += 1)
    for (const [name, page] of Object.entries(pages)) {
      const result = await audit(chrome.port, `${server.origin}${page.url}`, 'mobile')
      if (new URL(result.finalUrl).pathname !== new URL(page.url, server.origin).pathname)
        throw new Error(`${page.url} landed on ${result.finalUrl}`)
      ;(lcp[name] ??= []).push(Math.round(result.lcpMs))
      console.log(`[floor] round ${round}/${runs} ${name}: LCP ${Math.round(result.lcpMs)} ms`)
    }
  const reference = median(lcp.reference)
  console.log(`\nLighthouse mobile LCP, median of ${runs} (ratio to the bare reference page):`)
  for (const [name, page] of Object.entries(pages)) {
    const value = median(lcp[name])
    console.log(
      `  ${page.label.padEnd(58)} ${String(value).padStart(5)} ms  ${(value / reference).toFixed(2)}  (${lcp[name].join(', ')})`,
    )
  }
} finally {
  chrome.kill()
  await server.stop()
  site.cleanup()
}
