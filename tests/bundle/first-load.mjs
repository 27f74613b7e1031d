// What the browser fetches for `/` before the overview can show its figures ("first load"),
// computed from the build output alone: dist/index.html and Vite's dist/.vite/manifest.json.
// Shared by the budget test (tests/e2e/bundle-budget.spec.ts) and the bench (tests/bench).
// Plain JavaScript so that the bench runs in Node without a build step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Budget for first-load JavaScript, gzip level 9. 150 KiB (issue 2) held the empty shell at
 * 144.5; the overview's key figures (cards, filters, freshness: 7 KiB) and the dictionaries of
 * the new screens (about 8 KiB) took it to 165.1 KiB, with the panels below the fold already
 * split off. The libraries as one chunk instead of a dozen (vite.config.ts) compress better:
 * 159 KiB. Budget 165: room for the next screens' dictionaries, not for a new library.
 * Issue 6 brought 166.5 KiB: the shell follows `/me` (permissions, the wall's redirect, the
 * approvals count) and survives a session's end (drafts, sign-in over the page, the latter
 * loaded when needed), and the dictionaries of escalations, actions and approvals (~2.4 KiB).
 * The code only the action pages use is already kept out (vite.config.ts). Budget 168; the next
 * saving is to load each page's dictionary with its page instead of all of them up front.
 * Done (2026-12-05): the Chinese texts of the work-order and escalation pages load with their
 * routes (src/shared/i18n/resources/zh-cn-pages.ts): 167.7 -> 163.0 KiB. Budget 165.
 * Issue 8 (2026-12-06): 165.0 KiB. The Overview's trend names the event calendar (its query,
 * validators and the events' names, ~0.8 KiB) and the hotspots and reports routes bring their
 * search schemas (every route's is in the first load, ~0.3 KiB); the pages themselves, their
 * texts and the alert actions are kept out (vite.config.ts), and the hotspots' `weeks` is read as
 * digits so zod's pipe and transform stay out (-0.4 KiB). Budget 166.
 * Issue 9 (2026-12-06): 165.97 KiB. The work-order list's first requests (rows, state counts,
 * units) leave before the app has loaded, like the Overview's, so the entry builds their URLs
 * with the list's own parameter functions (~0.3 KiB). And index.html runs those requests from a
 * script of its own (src/app/build/first-requests-script-plugin.ts), whose modules and zod leave
 * the app's chunks for one of their own: 166.68 KiB, as two chunks compress a little less than
 * one. Budget 168.
 * 2026-12-07: 167.65 KiB in 14 files. The modules a lazy page shares with the first one (the
 * session's expiry, the language and theme selects, the date-range form, the not-found page,
 * the route files whose components are split off) had a file each, a few hundred bytes; they
 * join the app's shared chunk (vite.config.ts, `firstLoadShared`): 165.49 KiB in 6 files.
 * Budget 166.
 * 2026-12-07 (later): 166.30 KiB. What shows when code fails to load must be in the first load,
 * as nothing more can load then: the page for a route whose code failed (it reloads only once
 * the server answers, src/app/chunk-error-page.tsx), the panels' and charts' loader that waits for
 * the network (src/shared/ui/code-loading), and their texts (~0.8 KiB). Budget 167.
 */
export const firstLoadJsBudgetBytes = 167 * 1024

/**
 * Budget for the number of files `/` loads first (JavaScript and CSS): 8 on 2026-12-07. On a
 * slow link each file waits for one of the browser's six connections per origin over HTTP/1.1,
 * and each one in flight divides the bandwidth; a new shared chunk of a few hundred bytes should
 * join `app-core` rather than cost a request of its own.
 */
export const firstLoadFileBudget = 8

/**
 * The route files whose chunks `/` needs: the root route, the shell layout and the overview.
 * With autoCodeSplitting, each may appear in the manifest as the file itself and as
 * `file?tsr-split=...` entries (component, loader, ...); all of them count.
 */
export const firstLoadRouteFiles = [
  'src/app/routes/__root.tsx',
  'src/app/routes/_shell.tsx',
  'src/app/routes/_shell/index.tsx',
]

/**
 * Code that must never be in first load, with strings that survive minification. The budget
 * test checks that each marker still occurs in `markerSource` (a file of the installed
 * library), so an upgrade that drops a marker cannot silently blind the check.
 */
export const forbiddenInFirstLoad = [
  {
    name: 'ECharts',
    moduleId: /(^|\/)(echarts|zrender)\//,
    // The DOM attribute echarts.init() marks its container with (echarts/lib/core/echarts.js).
    markers: ['_echarts_instance_'],
    markerSource: 'echarts/lib/core/echarts.js',
  },
  {
    name: 'mock code (MSW, mocks/)',
    moduleId: /(^|\/)(msw|mocks)\//,
    // MSW's log prefix and its worker script's name (msw/browser).
    markers: ['[MSW]', 'mockServiceWorker'],
    markerSource: 'msw/lib/browser/index.mjs',
  },
]

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length

function readManifest(distDir) {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'))
}

/** The asset URLs index.html loads: module scripts, module preloads and stylesheets. */
export function parseIndexHtml(html) {
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1]
  const scripts = []
  const stylesheets = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    if (src && attr(tag, 'type') === 'module') scripts.push(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase()
    const href = attr(tag, 'href')
    if (!href) continue
    if (rel === 'modulepreload') scripts.push(href)
    if (rel === 'stylesheet') stylesheets.push(href)
  }
  return { scripts, stylesheets }
}

/** An absolute URL in index.html ('/assets/x.js') to a path relative to dist ('assets/x.js'). */
const toDistPath = (url) => url.replace(/^\.?\//, '')

function sizeOf(distDir, file) {
  const buffer = readFileSync(join(distDir, file))
  return { file, raw: buffer.length, gzip: gzip(buffer) }
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0)

/** Sizes of first load and of every lazy chunk. Types: first-load.d.mts. */
export function computeFirstLoad(distDir) {
  const manifest = readManifest(distDir)
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const { scripts, stylesheets } = parseIndexHtml(html)

  const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))
  const jsFiles = new Set()
  const cssFiles = new Set(stylesheets.map(toDistPath))
  const visited = new Set()

  // A chunk, its CSS and its static imports, recursively. Dynamic imports are not followed:
  // they load later, on demand (except the route chunks, added explicitly below).
  const visit = (key) => {
    if (visited.has(key)) return
    visited.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The manifest has no entry "${key}"`)
    if (chunk.file.endsWith('.js')) jsFiles.add(chunk.file)
    for (const css of chunk.css ?? []) cssFiles.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }

  for (const url of scripts) {
    const file = toDistPath(url)
    const key = keyByFile.get(file)
    if (key) visit(key)
    else jsFiles.add(file) // Not from the bundler (e.g. a public/ script): it still loads.
  }

  const routeKeys = {}
  for (const routeFile of firstLoadRouteFiles) {
    routeKeys[routeFile] = Object.keys(manifest).filter(
      (key) => key === routeFile || key.startsWith(`${routeFile}?`),
    )
    routeKeys[routeFile].forEach(visit)
  }

  const js = [...jsFiles].sort().map((file) => ({ ...sizeOf(distDir, file), key: keyByFile.get(file) }))
  const css = [...cssFiles].sort().map((file) => sizeOf(distDir, file))

  const lazy = []
  for (const [key, chunk] of Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b))) {
    if (chunk.file.endsWith('.js') && !jsFiles.has(chunk.file)) {
      lazy.push({
        ...sizeOf(distDir, chunk.file),
        kind: 'js',
        key,
        src: chunk.src,
      })
    }
  }
  const lazyCss = new Set(
    Object.values(manifest).flatMap((chunk) => [
      ...(chunk.css ?? []),
      ...(chunk.file.endsWith('.css') ? [chunk.file] : []),
    ]),
  )
  for (const file of [...lazyCss].sort()) {
    if (!cssFiles.has(file)) lazy.push({ ...sizeOf(distDir, file), kind: 'css' })
  }

  return {
    js,
    css,
    jsRaw: sum(js, 'raw'),
    jsGzip: sum(js, 'gzip'),
    cssRaw: sum(css, 'raw'),
    cssGzip: sum(css, 'gzip'),
    routeKeys,
    lazy,
    manifest,
  }
}

/**
 * Forbidden code found in first load: by module id where the manifest names one, and by
 * marker strings in the chunk files (the manifest does not list every module of a chunk).
 * @returns {{ name: string, file: string, evidence: string }[]}
 */
export function findForbiddenCode(distDir, firstLoad) {
  const findings = []
  const keys = Object.entries(firstLoad.manifest)
  for (const { file } of firstLoad.js) {
    const content = readFileSync(join(distDir, file), 'utf8')
    const ids = keys
      .filter(([, chunk]) => chunk.file === file)
      .flatMap(([key, chunk]) => [key, chunk.src ?? '', chunk.name ?? ''])
    for (const rule of forbiddenInFirstLoad) {
      for (const id of ids) {
        if (rule.moduleId.test(id)) findings.push({ name: rule.name, file, evidence: `module ${id}` })
      }
      for (const marker of rule.markers) {
        if (content.includes(marker))
          findings.push({
            name: rule.name,
            file,
            evidence: `contains "${marker}"`,
          })
      }
    }
  }
  return findings
}

export const kib = (bytes) => bytes / 1024

/** Where the first requests' script starts: src/app/build/first-requests-script-plugin.ts. */
export const firstRequestsEntry = 'src/app/start-first-requests.ts'

/**
 * Budget for what that script loads before it can ask for anything, gzip level 9: 12.27 KiB on
 * 2026-12-06 (zod 8.3, the URL schemas, period and list parameters 4). It exists to leave before
 * the app's libraries (about 123 KiB), so it must never reach them.
 */
export const firstRequestsJsBudgetBytes = 13 * 1024

/** The JS files that script loads (its chunk and static imports) with their sizes. */
export function computeFirstRequestsLoad(distDir) {
  const manifest = readManifest(distDir)
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The manifest has no entry "${key}"`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(firstRequestsEntry)
  const js = [...files].sort().map((file) => sizeOf(distDir, file))
  return { js, jsGzip: sum(js, 'gzip') }
}
