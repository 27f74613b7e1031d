#!/usr/bin/env node
// `npm run bench`: builds the production bundle, then measures it. Prints a table per section
// and writes everything to tests/bench/out/bench.json.
//
// Each section is { id, title, run(context) => { columns, rows, summary? } } (run may be async).
// Later issues add their figures by appending a section to `sections`.
//
// The Overview's browser sections (Chromium, Lighthouse, heap; a few minutes) obey two knobs:
// BENCH_BROWSER=0 leaves them out, BENCH_LIGHTHOUSE_RUNS=n changes the runs per page (default 5).
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { computeFirstLoad, firstLoadJsBudgetBytes, kib } from '../bundle/first-load.mjs'
import { heapCycles, runOverviewBench, targets as overviewTargets } from './overview-bench.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
const outDir = fileURLToPath(new URL('./out/', import.meta.url))

const kibText = (bytes) => kib(bytes).toFixed(2)

/** @typedef {{ columns: string[], rows: (string | number)[][], summary?: Record<string, number> }} SectionResult */
/** @type {{ id: string, title: string, browser?: boolean, run: (context: { distDir: string, firstLoad: ReturnType<typeof computeFirstLoad> }) => SectionResult | Promise<SectionResult> }[]} */
const sections = [
  {
    id: 'first-load',
    title: `First load of / (gzip level 9; JS budget ${kib(firstLoadJsBudgetBytes)} KiB)`,
    run: ({ firstLoad }) => ({
      columns: ['kind', 'raw KiB', 'gzip-9 KiB', 'files'],
      rows: [
        ['JS', kibText(firstLoad.jsRaw), kibText(firstLoad.jsGzip), firstLoad.js.length],
        ['CSS', kibText(firstLoad.cssRaw), kibText(firstLoad.cssGzip), firstLoad.css.length],
      ],
      summary: {
        jsGzipBytes: firstLoad.jsGzip,
        jsRawBytes: firstLoad.jsRaw,
        cssGzipBytes: firstLoad.cssGzip,
        cssRawBytes: firstLoad.cssRaw,
        jsBudgetBytes: firstLoadJsBudgetBytes,
      },
    }),
  },
  {
    id: 'first-load-files',
    title: 'First-load files',
    run: ({ firstLoad }) => ({
      columns: ['file', 'raw KiB', 'gzip-9 KiB', 'manifest key'],
      rows: [...firstLoad.js, ...firstLoad.css].map((f) => [
        f.file,
        kibText(f.raw),
        kibText(f.gzip),
        'key' in f ? (f.key ?? '') : '',
      ]),
    }),
  },
  {
    id: 'lazy-chunks',
    title: 'Lazy chunks (loaded on demand, not in first load)',
    run: ({ firstLoad }) => ({
      columns: ['file', 'kind', 'raw KiB', 'gzip-9 KiB', 'source'],
      rows: firstLoad.lazy.map((f) => [
        f.file,
        f.kind,
        kibText(f.raw),
        kibText(f.gzip),
        f.src ?? f.key ?? '',
      ]),
      summary: {
        count: firstLoad.lazy.length,
        gzipBytes: firstLoad.lazy.reduce((total, f) => total + f.gzip, 0),
      },
    }),
  },
]

/**
 * The mock API in process (MSW's Node handlers), per endpoint: the cold first answer of a fresh
 * process and state, and the warm median and p95 over repeated requests, against the issue's
 * targets (cold one-year summary <= 300 ms, warm <= 20 ms). tests/bench/api-bench.ts measures.
 */
function apiBench() {
  const result = spawnSync('npx', ['tsx', 'tests/bench/api-bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (result.status !== 0) {
    process.stderr.write(result.stderr)
    throw new Error(`tests/bench/api-bench.ts failed (exit ${result.status})`)
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1))
}

sections.push({
  id: 'mock-api',
  title: 'Mock API in process (MSW Node handlers, live clock): cold and warm ms',
  run: () => {
    const { runs, results, heap } = apiBench()
    const ms = (value) => (value === null ? '-' : value.toFixed(1))
    const verdict = (pass) => (pass === null ? '-' : pass ? 'pass' : 'FAIL')
    return {
      columns: [
        'endpoint',
        'cold',
        'cold target',
        'cold',
        `warm median (${runs})`,
        'warm p95',
        'warm target',
        'warm',
      ],
      rows: [
        ...results.map((r) => [
          r.name,
          ms(r.coldMs),
          r.coldTargetMs === null ? '-' : r.coldTargetMs,
          verdict(r.coldPass),
          ms(r.warmMedianMs),
          ms(r.warmP95Ms),
          r.warmTargetMs === null ? '-' : r.warmTargetMs,
          verdict(r.warmPass),
        ]),
        // Memory in the same table: heap kept alive (MiB) against its target, in the cold columns.
        [
          `${heap.name} (MiB)`,
          heap.retainedMiB.toFixed(1),
          heap.targetMiB,
          verdict(heap.pass),
          '-',
          '-',
          '-',
          '-',
        ],
      ],
      summary: {
        heapRetainedMiB: heap.retainedMiB,
        coldSummaryMs: results[0]?.coldMs ?? 0,
        warmPassed: results.filter((r) => r.warmPass === true).length,
        warmFailed: results.filter((r) => r.warmPass === false).length,
      },
    }
  },
})

/**
 * The Overview in Chromium (issue 4): Lighthouse on `/` and on a bare reference page built in
 * this run, then the JS heap across refresh cycles (tests/bench/overview-bench.mjs). One
 * measurement feeds four tables; it runs when the first of them asks.
 */
let overviewBench
const overview = (context) => (overviewBench ??= runOverviewBench({ distDir: context.distDir }))
const verdict = (pass) => (pass === null ? '-' : pass ? 'pass' : 'FAIL')
const fixed = (value, digits = 0) => (value === null || value === undefined ? '-' : value.toFixed(digits))
const atLeast = (value, min) => (value === null ? false : value >= min)
const atMost = (value, max) => (value === null ? false : value <= max)

sections.push({
  id: 'overview-lighthouse',
  browser: true,
  title:
    'Overview / in Chromium against the bare reference page (Lighthouse 12, production build, mock server; medians)',
  run: async (context) => {
    const { lighthouse: lh } = await overview(context)
    const runs = `median of ${lh.runsPerPage}`
    const checks = [
      atMost(lh.lcpRatio, overviewTargets.lcpRatioMax),
      atLeast(lh.mobileScore, overviewTargets.mobileScoreMin),
      atLeast(lh.desktopScore, overviewTargets.desktopScoreMin),
    ]
    return {
      columns: ['figure', '/', 'reference', 'result', 'target', 'verdict'],
      rows: [
        [
          `LCP ms, mobile preset (${runs}); result = ratio`,
          fixed(lh.appLcpMs),
          fixed(lh.referenceLcpMs),
          fixed(lh.lcpRatio, 2),
          `<= ${overviewTargets.lcpRatioMax}`,
          verdict(checks[0]),
        ],
        [
          `performance, mobile preset (${runs})`,
          fixed(lh.mobileScore),
          fixed(lh.referenceMobileScore),
          fixed(lh.mobileScore),
          `>= ${overviewTargets.mobileScoreMin}`,
          verdict(checks[1]),
        ],
        [
          `performance, desktop preset (${runs})`,
          fixed(lh.desktopScore),
          '-',
          fixed(lh.desktopScore),
          `>= ${overviewTargets.desktopScoreMin}`,
          verdict(checks[2]),
        ],
        ['LCP ms, desktop preset', fixed(lh.appDesktopLcpMs), '-', '-', '-', '-'],
        ['FCP ms, mobile preset', fixed(lh.appFcpMs), fixed(lh.referenceFcpMs), '-', '-', '-'],
        ['TBT ms, mobile preset', fixed(lh.appTbtMs), fixed(lh.referenceTbtMs), '-', '-', '-'],
        ['CLS, mobile preset', fixed(lh.appCls, 3), fixed(lh.referenceCls, 3), '-', '-', '-'],
        // Lighthouse's timings stretch on a busy machine: this says how busy it was.
        ['machine load (1 min) at start; result = CPUs', fixed(lh.loadAverage1m, 1), '-', lh.cpus, '-', '-'],
      ],
      summary: {
        lcpRatio: lh.lcpRatio,
        appLcpMs: lh.appLcpMs,
        referenceLcpMs: lh.referenceLcpMs,
        mobileScore: lh.mobileScore,
        desktopScore: lh.desktopScore,
        referenceMobileScore: lh.referenceMobileScore,
        runsPerPage: lh.runsPerPage,
        loadAverage1m: lh.loadAverage1m,
        cpus: lh.cpus,
        passed: checks.filter(Boolean).length,
        failed: checks.filter((pass) => !pass).length,
      },
    }
  },
})

sections.push({
  id: 'overview-lighthouse-runs',
  browser: true,
  title: 'Overview Lighthouse runs, in order (after one discarded warm-up run of / on the mobile preset)',
  run: async (context) => {
    const { runs } = await overview(context)
    return {
      columns: [
        'page',
        'preset',
        'score',
        'LCP ms',
        'FCP ms',
        'SI ms',
        'TBT ms',
        'CLS',
        'errored audits (unweighted)',
      ],
      rows: runs.map((r) => [
        r.page,
        r.preset,
        fixed(r.score),
        fixed(r.lcpMs),
        fixed(r.fcpMs),
        fixed(r.speedIndexMs),
        fixed(r.tbtMs),
        fixed(r.cls, 3),
        r.erroredAudits.length,
      ]),
    }
  },
})

sections.push({
  id: 'overview-heap',
  browser: true,
  title: `Overview / JS heap after forced GC, after ${heapCycles.early} and ${heapCycles.late} refresh cycles (window.__dubanBench)`,
  run: async (context) => {
    const { heap, seconds } = await overview(context)
    const columns = [
      'figure',
      `after ${heapCycles.early}`,
      `after ${heapCycles.late}`,
      'growth',
      'target',
      'verdict',
    ]
    if (heap.hookMissing) {
      return {
        columns,
        rows: [
          [
            `hook missing (page ${heap.finalPath}): src/app/main.tsx must call installBenchHook(queryClient)`,
            '-',
            '-',
            '-',
            `<= ${overviewTargets.heapGrowthMaxBytes / 1e6} MB`,
            'FAIL',
          ],
        ],
        summary: { hookMissing: 1, browserBenchSeconds: seconds },
      }
    }
    const mb = (bytes) => (bytes / 1e6).toFixed(3)
    const pass = heap.growthBytes <= overviewTargets.heapGrowthMaxBytes
    const { atEarly: a, atLate: b } = heap
    return {
      columns,
      rows: [
        [
          'JS heap used (V8, as performance.memory), MB',
          mb(a.usedBytes),
          mb(b.usedBytes),
          mb(heap.growthBytes),
          `<= ${overviewTargets.heapGrowthMaxBytes / 1e6}`,
          verdict(pass),
        ],
        ['  of which compiled code (heap snapshot)', '-', '-', mb(heap.composition.groups.code), '-', '-'],
        [
          '  of which JS data: objects, closures, arrays, strings (heap snapshot)',
          '-',
          '-',
          mb(heap.composition.groups.data),
          '-',
          '-',
        ],
        ['DOM nodes', a.domNodes, b.domNodes, b.domNodes - a.domNodes, '-', '-'],
        ['JS event listeners', a.listeners, b.listeners, b.listeners - a.listeners, '-', '-'],
        ['ms per cycle (all)', '-', '-', heap.msPerCycle.toFixed(1), '-', '-'],
        ['API requests per cycle', '-', '-', heap.apiRequestsPerCycle.toFixed(1), '-', '-'],
        [
          'page errors',
          '-',
          '-',
          heap.pageErrors.length,
          '-',
          heap.pageErrors.length === 0 ? 'pass' : 'FAIL',
        ],
      ],
      summary: {
        heapEarlyBytes: a.usedBytes,
        heapLateBytes: b.usedBytes,
        heapGrowthBytes: heap.growthBytes,
        heapGrowthMaxBytes: overviewTargets.heapGrowthMaxBytes,
        heapGrowthCodeBytes: heap.composition.groups.code,
        heapGrowthDataBytes: heap.composition.groups.data,
        apiRequestsPerCycle: heap.apiRequestsPerCycle,
        msPerCycle: heap.msPerCycle,
        passed: pass ? 1 : 0,
        failed: pass ? 0 : 1,
        browserBenchSeconds: seconds,
      },
    }
  },
})

sections.push({
  id: 'overview-heap-growers',
  browser: true,
  title: `Overview / JS data kinds that grew most between cycle ${heapCycles.early} and ${heapCycles.late} (heap snapshots; leak hunting)`,
  run: async (context) => {
    const { heap } = await overview(context)
    return {
      columns: ['kind (snapshot type: constructor)', 'count', 'KB'],
      rows: heap.hookMissing
        ? [['(hook missing: no cycles run)', '-', '-']]
        : heap.composition.growers.map((g) => [g.name, g.count, (g.bytes / 1e3).toFixed(1)]),
    }
  },
})

function build() {
  // Always build: measuring a stale dist would be worse than the few seconds this takes.
  console.log('[bench] npm run build')
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    throw new Error(`npm run build failed (exit ${result.status})`)
  }
}

function printTable(title, columns, rows) {
  const cells = [columns, ...rows.map((row) => row.map(String))]
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  // Numbers align right, text left.
  const numeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((row) => /^-?[\d.]+$/.test(String(row[i]))),
  )
  const line = (row) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  console.log(`\n${title}`)
  console.log(line(columns))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
}

build()
const context = { distDir, firstLoad: computeFirstLoad(distDir) }
const results = []
const withBrowser = process.env.BENCH_BROWSER !== '0'
for (const section of sections) {
  if (section.browser && !withBrowser) continue
  const { columns, rows, summary } = await section.run(context)
  printTable(section.title, columns, rows)
  results.push({ id: section.id, title: section.title, columns, rows, ...(summary ? { summary } : {}) })
}

mkdirSync(outDir, { recursive: true })
const outFile = `${outDir}bench.json`
writeFileSync(
  outFile,
  `${JSON.stringify({ node: process.version, createdAt: new Date().toISOString(), sections: results }, null, 2)}\n`,
)
console.log(`\n[bench] wrote ${outFile.slice(root.length)}`)
