import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
// No browser here: this reads the build that Playwright's webServer has just made (it builds
// before any test runs), in the `bundle` project only, so it runs once per `npm test`.
import { expect, test } from '@playwright/test'
import {
  computeFirstLoad,
  computeFirstRequestsLoad,
  firstRequestsEntry,
  firstRequestsJsBudgetBytes,
  findForbiddenCode,
  firstLoadJsBudgetBytes,
  firstLoadFileBudget,
  forbiddenInFirstLoad,
  firstLoadRouteFiles,
  kib,
  type FirstLoad,
} from '../bundle/first-load.mjs'
import {
  computeRouteChunks,
  describeRouteChunks,
  listRouteFiles,
  routeChunkBudgets,
  type RouteChunks,
} from '../bundle/route-chunks.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url))

const table = (firstLoad: FirstLoad) =>
  [...firstLoad.js, ...firstLoad.css]
    .map(
      (f) =>
        `  ${f.file.padEnd(44)} ${kib(f.raw).toFixed(2).padStart(8)} KiB raw ${kib(f.gzip).toFixed(2).padStart(8)} KiB gzip-9`,
    )
    .join('\n')

test.describe('first load of /', () => {
  let firstLoad: FirstLoad

  test.beforeAll(() => {
    firstLoad = computeFirstLoad(distDir)
  })

  test('includes the shell and overview routes', () => {
    // Guards the measurement itself: renamed routes must not make first load look smaller. The
    // shell and the overview are not split (codeSplitGroupings: []), so they are in the entry;
    // were they split again, their chunks must count too.
    const firstLoadFiles = new Set(firstLoad.js.map((f) => f.file))
    for (const routeFile of ['src/app/routes/_shell.tsx', 'src/app/routes/_shell/index.tsx']) {
      expect(existsSync(fileURLToPath(new URL(`../../${routeFile}`, import.meta.url))), routeFile).toBe(true)
      for (const key of firstLoad.routeKeys[routeFile] ?? []) {
        expect(firstLoadFiles.has(firstLoad.manifest[key]?.file ?? ''), key).toBe(true)
      }
    }
  })

  test(`stays within ${kib(firstLoadJsBudgetBytes)} KiB of gzipped JavaScript`, async () => {
    const summary =
      `first-load JS ${kib(firstLoad.jsGzip).toFixed(2)} KiB gzip-9 (budget ${kib(firstLoadJsBudgetBytes)} KiB), ` +
      `CSS ${kib(firstLoad.cssGzip).toFixed(2)} KiB gzip-9\n${table(firstLoad)}`
    await test.info().attach('first-load.txt', { body: summary, contentType: 'text/plain' })
    console.log(summary)
    expect(firstLoad.jsGzip, summary).toBeLessThanOrEqual(firstLoadJsBudgetBytes)
  })

  test(`is at most ${firstLoadFileBudget} files`, () => {
    const files = [...firstLoad.js, ...firstLoad.css].map((f) => f.file)
    expect(files.length, table(firstLoad)).toBeLessThanOrEqual(firstLoadFileBudget)
  })

  test('contains no ECharts and no mock code', () => {
    expect(findForbiddenCode(distDir, firstLoad)).toEqual([])
  })

  test('detection markers still occur in the installed libraries', () => {
    for (const rule of forbiddenInFirstLoad) {
      const source = readFileSync(`${nodeModules}${rule.markerSource}`, 'utf8')
      for (const marker of rule.markers) expect(source, `${rule.name}: ${marker}`).toContain(marker)
    }
  })
})

// The first page's data is asked for by a script of its own, which must load far less than the app.
test.describe('the first requests script', () => {
  test('is in index.html, async, ahead of the app', () => {
    const manifest = JSON.parse(readFileSync(`${distDir}/.vite/manifest.json`, 'utf8')) as Record<
      string,
      { file: string }
    >
    const file = manifest[firstRequestsEntry]?.file
    expect(file, firstRequestsEntry).toBeDefined()
    const html = readFileSync(`${distDir}/index.html`, 'utf8')
    const tag = new RegExp(`<script\\b[^>]*src="/${file}"[^>]*>`).exec(html)?.[0]
    expect(tag).toMatch(/type="module"/)
    expect(tag).toMatch(/\basync\b/)
    expect(html.indexOf(tag ?? '')).toBeLessThan(html.indexOf('<script type="module" crossorigin'))
  })

  test(`loads within ${kib(firstRequestsJsBudgetBytes)} KiB of gzipped JavaScript, none of the app's libraries`, () => {
    const load = computeFirstRequestsLoad(distDir)
    const summary = load.js.map(
      (f) => `  ${f.file.padEnd(44)} ${kib(f.gzip).toFixed(2).padStart(8)} KiB gzip-9`,
    )
    const report = `first requests' script: ${kib(load.jsGzip).toFixed(2)} KiB gzip-9\n${summary.join('\n')}`
    console.log(report)
    expect(load.jsGzip, report).toBeLessThanOrEqual(firstRequestsJsBudgetBytes)
    for (const { file } of load.js) {
      const content = readFileSync(`${distDir}/${file}`, 'utf8')
      // React's own error text: present in any chunk holding React.
      expect(content, file).not.toContain('react.element')
    }
  })
})

// Budgets for what each route fetches beyond the first load and for the big pieces loaded on
// demand (ECharts, docx, dictionaries): tests/bundle/route-chunks.mjs, where each budget says
// the figure it was set from.
test.describe('route chunks and lazy pieces', () => {
  let chunks: RouteChunks
  let report: string

  test.beforeAll(() => {
    const firstLoad = computeFirstLoad(distDir)
    chunks = computeRouteChunks(distDir, firstLoad)
    report =
      `First load of /: JS ${kib(firstLoad.jsGzip).toFixed(2)} KiB gzip-9 (budget ${kib(firstLoadJsBudgetBytes).toFixed(2)})\n` +
      describeRouteChunks(chunks)
  })

  test('each stays within its budget (gzip level 9)', async () => {
    await test.info().attach('route-chunks.txt', { body: report, contentType: 'text/plain' })
    console.log(report)
    const over = [...chunks.routes.map((r) => ({ ...r, name: r.route })), ...chunks.pieces]
      .filter((item) => item.jsGzip > item.budgetBytes)
      .map((item) => `${item.name}: ${kib(item.jsGzip).toFixed(2)} > ${kib(item.budgetBytes).toFixed(2)} KiB`)
    expect(over, `over budget:\n${over.join('\n')}\n\n${report}`).toEqual([])
  })

  test('measures something for every budget (renamed files must not look free)', () => {
    const empty = [...chunks.routes.map((r) => ({ ...r, name: r.route })), ...chunks.pieces]
      .filter((item) => item.keys.length === 0 || item.js.length === 0)
      .map((item) => item.name)
    expect(empty, report).toEqual([])
  })

  test('every route file and every dynamic import has a budget', () => {
    const budgeted = new Set([...firstLoadRouteFiles, ...routeChunkBudgets.map((r) => r.file)])
    const routeFiles = listRouteFiles(root)
    expect(routeFiles.length).toBeGreaterThan(5)
    expect(
      routeFiles.filter((file) => !budgeted.has(file)),
      'route files without a budget (tests/bundle/route-chunks.mjs)',
    ).toEqual([])
    expect(
      chunks.unbudgetedDynamicImports,
      'dynamic imports without a budget (tests/bundle/route-chunks.mjs: lazyPieceBudgets)',
    ).toEqual([])
  })
})

test.describe('the production build', () => {
  test('ships no service worker and no simulator anywhere (the demo build does: demo-build.spec.ts)', () => {
    expect(existsSync(`${distDir}/mockServiceWorker.js`)).toBe(false)
    const assets = readdirSync(`${distDir}/assets`).filter((file) => file.endsWith('.js'))
    const withMockCode = assets.filter((file) => {
      const code = readFileSync(`${distDir}/assets/${file}`, 'utf8')
      // The mock API's storage keys and MSW's worker setup: present in any chunk that holds them.
      return code.includes('duban-mock:') || code.includes('mockServiceWorker')
    })
    expect(withMockCode).toEqual([])
  })

  test('serves no source maps and no demo password', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
    const texts = files.filter((file) => /[.](js|html|css|json)$/.test(file))
    const leaking = texts.filter((file) => {
      const text = readFileSync(`${distDir}/${file}`, 'utf8')
      // The app gets the demo accounts from the mock API (GET /session/demo-accounts), never from
      // the build. The API reference embeds the spec, whose sign-in example is the mock's demo
      // account: documentation of the mock, not a credential of any deployment.
      const mayNameDemoAccount = file.startsWith('api-reference')
      return text.includes('sourceMappingURL') || (!mayNameDemoAccount && text.includes('duban-demo'))
    })
    expect(leaking).toEqual([])
  })

  test('carries the API reference, its scripts as files', () => {
    const page = readFileSync(`${distDir}/api-reference/index.html`, 'utf8')
    expect(page).toContain('<title>duban API</title>')
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})
