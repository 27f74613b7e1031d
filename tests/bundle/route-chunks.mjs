// What each route fetches beyond the first load, and the big pieces loaded on demand, computed
// from the build output alone (dist/.vite/manifest.json), with their budgets. Shared by the
// budget test (tests/e2e/bundle-budget.spec.ts) and the bench (tests/bench/run.mjs). Plain
// JavaScript so that the bench runs in Node without a build step. Types: route-chunks.d.mts.
//
// A route's own chunks: the chunks of its route file (`file?tsr-split=...` entries) and their
// static imports, minus what the first load already holds. A lazy piece: a dynamic import's
// chunk and its static imports, minus the first load. Sizes are gzip level 9 per file, summed,
// as for the first load (tests/bundle/first-load.mjs).
//
// Budgets: measured on 2026-12-06 at a46fc9a (`npm run build`), each set about 4 % above the
// figure measured (rounded up to 0.1 KiB, at least 0.1 KiB of room), which each comment gives.
// A budget is never loosened without a note here saying what grew and why, as for the first
// load; one tightened needs no note.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const kibBytes = (value) => Math.round(value * 1024)

/**
 * One budget per route file outside the first load. A nested route (`work-orders/$id`) counts its
 * parent's chunks too (`parent`): a link to an item fetches both. The test fails when a route
 * file in src/app/routes has neither a budget here nor a place in the first load.
 */
export const routeChunkBudgets = [
  // The table, its filters, the deadline wave, CSV export and bulk remind: 32.44 KiB; 32.57 with
  // the wave's loading shape (9d0eb66).
  { route: '/work-orders', file: 'src/app/routes/_shell/work-orders.tsx', budgetBytes: kibBytes(33.8) },
  {
    // The list and the detail drawer (timeline, actions): 40.86 KiB; 40.98 at 9d0eb66.
    route: '/work-orders/$id',
    file: 'src/app/routes/_shell/work-orders/$id.tsx',
    parent: 'src/app/routes/_shell/work-orders.tsx',
    budgetBytes: kibBytes(42.5),
  },
  // 10.39 KiB. 11.07 on 2026-12-06 (later that day): the action-error message moved from the
  // work-order detail into the shared action-form kit, now a chunk the action pages share.
  { route: '/escalations', file: 'src/app/routes/_shell/escalations.tsx', budgetBytes: kibBytes(11.5) },
  {
    // 16.47 KiB; 17.23 (2026-12-06) once the first requests' modules left the shared app chunk
    // for a chunk of their own (index.html runs them from a script of their own): the detail's
    // share of the chunks it loads moved by 0.09 KiB, none of its own code grew.
    route: '/escalations/$id',
    file: 'src/app/routes/_shell/escalations/$id.tsx',
    parent: 'src/app/routes/_shell/escalations.tsx',
    budgetBytes: kibBytes(17.9),
  },
  // 13.14 KiB, with the work-order detail the decision form took its error message from; 4.68
  // once that message came from the shared action-form kit (2026-12-06, later that day).
  { route: '/approvals', file: 'src/app/routes/_shell/approvals.tsx', budgetBytes: kibBytes(4.9) },
  // 11.73 KiB; ECharts comes later, with the first chart. 12.22 with the shared action-form kit's
  // chunk (the alert actions' error message; 2026-12-06, later that day).
  { route: '/hotspots', file: 'src/app/routes/_shell/hotspots.tsx', budgetBytes: kibBytes(12.7) },
  // 15.23 KiB; ECharts with the first chart, docx on "export".
  { route: '/reports', file: 'src/app/routes/_shell/reports.tsx', budgetBytes: kibBytes(15.9) },
  // 0.85 KiB.
  { route: '/settings', file: 'src/app/routes/_shell/settings.tsx', budgetBytes: kibBytes(1.0) },
  // The five scenes: 22.30 KiB; ECharts with the trends scene's chart.
  { route: '/wall', file: 'src/app/routes/wall.tsx', budgetBytes: kibBytes(23.2) },
  // 1.54 KiB.
  { route: '/sign-in', file: 'src/app/routes/sign-in.tsx', budgetBytes: kibBytes(1.7) },
  // 0.09 KiB.
  { route: 'not found', file: 'src/app/routes/_shell/$.tsx', budgetBytes: kibBytes(0.2) },
]

/**
 * The code loaded on demand that is no route: every dynamic import in the manifest belongs to
 * one of these (or to a route above), or the test fails.
 */
export const lazyPieceBudgets = [
  // echarts/core with the parts registered (SVG renderer, line, bar, heat map, ...): 201.31 KiB.
  {
    name: 'ECharts (chart wrapper)',
    entries: ['src/shared/ui/chart/echarts-chart.tsx'],
    budgetBytes: kibBytes(209.4),
  },
  // 64.07 KiB, loaded on "export .docx" only.
  {
    name: '.docx export (docx)',
    entries: ['src/features/report-export/build-docx.ts'],
    budgetBytes: kibBytes(66.7),
  },
  // Loaded by the work-order, escalation, hotspot and report routes' loaders: 9.22 KiB.
  {
    name: 'Chinese page texts',
    entries: ['src/shared/i18n/resources/zh-cn-pages.ts'],
    budgetBytes: kibBytes(9.6),
  },
  // Loaded when the language is English, and by /reports (its English summary): 14.88 KiB.
  { name: 'English dictionary', entries: ['src/shared/i18n/resources/en.ts'], budgetBytes: kibBytes(15.5) },
  {
    // The Overview's panels after its key figures (their charts load ECharts): 13.04 KiB.
    name: 'Overview panels below the fold',
    entries: [
      'src/features/six-timely/six-timely-panel.tsx',
      'src/features/overview-trend/trend-panel.tsx',
      'src/features/overview-breakdowns/index.ts',
      'src/features/alerts-strip/alerts-strip.tsx',
    ],
    budgetBytes: kibBytes(13.6),
  },
  {
    // Shown when a session ends mid-shift: 1.62 KiB.
    name: 'Session-expired dialog',
    entries: ['src/features/session/session-expired-dialog.tsx'],
    budgetBytes: kibBytes(1.8),
  },
]

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length

/** Manifest keys of a route file: the file itself and its `?tsr-split=` parts. */
export const routeKeysOf = (manifest, file) =>
  Object.keys(manifest).filter((key) => key === file || key.startsWith(`${file}?`))

/**
 * The JS and CSS files the manifest entries `keys` bring, with their static imports, that are
 * not in the first load; with their sizes.
 */
function filesBeyondFirstLoad(distDir, firstLoad, keys, sizeCache) {
  const { manifest } = firstLoad
  const inFirstLoad = new Set([...firstLoad.js, ...firstLoad.css].map((f) => f.file))
  const files = new Set()
  const dynamicImports = new Set()
  const visited = new Set()
  const visit = (key) => {
    if (visited.has(key)) return
    visited.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The manifest has no entry "${key}"`)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
    // What the first load imports on demand is no piece of this route's.
    if (!inFirstLoad.has(chunk.file))
      for (const imported of chunk.dynamicImports ?? []) dynamicImports.add(imported)
  }
  keys.forEach(visit)
  const sized = [...files]
    .filter((file) => !inFirstLoad.has(file))
    .sort()
    .map((file) => {
      if (!sizeCache.has(file)) {
        const buffer = readFileSync(join(distDir, file))
        sizeCache.set(file, { file, raw: buffer.length, gzip: gzipSize(buffer) })
      }
      return sizeCache.get(file)
    })
  const js = sized.filter((f) => f.file.endsWith('.js'))
  const css = sized.filter((f) => f.file.endsWith('.css'))
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0)
  return {
    js,
    css,
    jsGzip: sum(js, 'gzip'),
    jsRaw: sum(js, 'raw'),
    cssGzip: sum(css, 'gzip'),
    dynamicImports: [...dynamicImports].sort(),
  }
}

/**
 * Sizes of every budgeted route and lazy piece, against its budget, plus what no budget covers
 * (dynamic imports nobody budgeted, route files nobody budgeted). `firstLoad` is
 * computeFirstLoad(distDir)'s result.
 */
export function computeRouteChunks(distDir, firstLoad) {
  const sizeCache = new Map()
  const { manifest } = firstLoad
  const measure = (keys) => filesBeyondFirstLoad(distDir, firstLoad, keys, sizeCache)

  const pieces = lazyPieceBudgets.map((budget) => ({
    ...budget,
    keys: budget.entries,
    ...measure(budget.entries),
  }))
  const routes = routeChunkBudgets.map((budget) => {
    const keys = [budget.parent, budget.file].flatMap((file) => (file ? routeKeysOf(manifest, file) : []))
    const measured = measure(keys)
    // The pieces its code may import later (a chart's ECharts, the .docx export), for the reader.
    // The Chinese page texts some loaders await do not show here: the loaders are in the first load.
    const onDemand = pieces
      .filter((piece) => piece.entries.some((entry) => measured.dynamicImports.includes(entry)))
      .map((piece) => piece.name)
    return { ...budget, keys, ...measured, onDemand }
  })

  const covered = new Set([...routes, ...pieces].flatMap((item) => item.keys))
  const unbudgetedDynamicImports = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && !covered.has(key))
    .map(([key]) => key)
  return { routes, pieces, unbudgetedDynamicImports }
}

/** Route files in `routesDir` (paths relative to `root`, forward slashes). */
export function listRouteFiles(root, routesDir = 'src/app/routes') {
  return readdirSync(join(root, routesDir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file))
    .map((file) =>
      relative(root, join(root, routesDir, file))
        .split('\\')
        .join('/'),
    )
    .sort()
}

/** Every size against its budget, as the lines a failure message and the bench print. */
export function describeRouteChunks({ routes, pieces }) {
  const kibText = (bytes) => (bytes / 1024).toFixed(2).padStart(7)
  const line = (label, item) =>
    `  ${label.padEnd(34)} JS ${kibText(item.jsGzip)} KiB gzip-9 (budget ${kibText(item.budgetBytes)})` +
    `${item.jsGzip > item.budgetBytes ? '  OVER' : ''}   CSS ${kibText(item.cssGzip)}   ${item.js.length} JS files` +
    (item.onDemand?.length ? `; later: ${item.onDemand.join(', ')}` : '')
  return [
    'Route chunks beyond the first load:',
    ...routes.map((r) => line(r.route, r)),
    'Lazy pieces:',
    ...pieces.map((p) => line(p.name, p)),
  ].join('\n')
}
