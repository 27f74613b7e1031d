#!/usr/bin/env node
// `npm run bench`: builds the production bundle, then measures it. Prints a table per section
// and writes everything to tests/bench/out/bench.json.
//
// Each section is { id, title, run(context) => { columns, rows, summary? } } (run may be async).
// Later issues add their figures by appending a section to `sections`.
//
// The Overview's browser sections (Chromium, Lighthouse, heap; a few minutes) obey two knobs:
// BENCH_BROWSER=0 leaves them out, BENCH_LIGHTHOUSE_RUNS=n changes the runs per page (default 5).
// The work-order list's sections (Chromium on the backlog scenario; a few minutes) are browser
// sections too; BENCH_WORK_ORDERS=0 leaves out just them, BENCH_WALL=0 the wall's Lighthouse. BENCH_ONLY=<prefix> runs only the
// sections whose id starts with it (e.g. BENCH_ONLY=work-orders) and writes bench-<prefix>.json,
// so a partial run never overwrites the full bench.json.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { computeFirstLoad, firstLoadJsBudgetBytes, kib } from '../bundle/first-load.mjs'
import { heapCycles, runOverviewBench, targets as overviewTargets } from './overview-bench.mjs'
import { runSimulatorBrowserBench } from './simulator-browser-bench.mjs'
import { runWallBench, targets as wallTargets } from './wall-bench.mjs'
import {
  runWorkOrdersBench,
  settings as workOrdersSettings,
  targets as workOrdersTargets,
} from './work-orders-bench.mjs'

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
 * The same cold one-year summary where development and the demo answer it: on Chromium's main
 * thread (tests/bench/simulator-browser-bench.mjs). The in-process row above runs on Node's V8,
 * whose collector works beside the main thread; in the page it does not, and the two differ.
 */
sections.push({
  id: 'mock-api-browser',
  browser: true,
  title: 'Mock API on the browser main thread (Chromium, fresh page per run): cold one-year summary ms',
  run: async () => {
    const bench = await runSimulatorBrowserBench()
    const ms = (value) => value.toFixed(1)
    return {
      columns: ['figure', `median of ${bench.runs.length}`, 'runs', 'target', 'verdict'],
      rows: [
        [
          'summary, one year: cold',
          ms(bench.coldMs),
          bench.runs.map((r) => ms(r.coldMs)).join(' '),
          `<= ${bench.coldTargetMs}`,
          verdict(bench.coldMs <= bench.coldTargetMs),
        ],
        [
          'then a year two years earlier (code warm, days cold)',
          ms(bench.nextYearMs),
          bench.runs.map((r) => ms(r.nextYearMs)).join(' '),
          '-',
          '-',
        ],
      ],
      summary: { coldSummaryMs: bench.coldMs, nextYearMs: bench.nextYearMs },
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

/**
 * The work-order list in Chromium (issue 5): filter change to new rows, long tasks while
 * scrolling, rows in the DOM, and the heap across detail cycles, on the backlog scenario with a
 * period matching at least 50,000 rows (tests/bench/work-orders-bench.mjs). One measurement
 * feeds four tables; it runs when the first of them asks.
 */
let workOrdersBench
const workOrders = (context) => (workOrdersBench ??= runWorkOrdersBench({ distDir: context.distDir }))
const withWorkOrders = process.env.BENCH_WORK_ORDERS !== '0'
const mbText = (bytes) => (bytes / 1e6).toFixed(3)

if (withWorkOrders) {
  sections.push({
    id: 'work-orders',
    browser: true,
    title:
      'Work-order list in Chromium (production build, mock server on backlog, clock stopped at the start)',
    run: async (context) => {
      const { base, filter, scroll, heap, pageErrors, cpus, seconds } = await workOrders(context)
      const checks = {
        filter: atMost(filter.medianToFrameMs, workOrdersTargets.filterToRowsMsMax),
        longTasks: scroll.longTaskCount <= workOrdersTargets.scrollLongTasksMax,
        rows: scroll.maxRows <= workOrdersTargets.renderedRowsMax,
        heap: heap.growthBytes <= workOrdersTargets.heapGrowthMaxBytes,
      }
      const load = (value) => `${fixed(value, 1)} on ${cpus} CPUs`
      return {
        columns: ['figure', 'result', 'target', 'verdict', 'load (1 min)'],
        rows: [
          [
            `matching rows (${base.search.from} to ${base.search.to}, ${base.days} days)`,
            base.total,
            `>= ${workOrdersSettings.matchingRowsMin}`,
            verdict(base.total >= workOrdersSettings.matchingRowsMin),
            '-',
          ],
          [
            `filter change to new rows painted, ms (median of ${filter.samples.length}: state tab click)`,
            fixed(filter.medianToFrameMs, 1),
            `<= ${workOrdersTargets.filterToRowsMsMax}`,
            verdict(checks.filter),
            load(filter.loadAverage1m),
          ],
          ['  to the React commit, ms (median)', fixed(filter.medianToCommitMs, 1), '-', '-', '-'],
          [
            "  of which the list request's round trip, ms (median)",
            fixed(filter.medianApiMs, 1),
            '-',
            '-',
            '-',
          ],
          [
            `long tasks > 50 ms scrolling ${workOrdersSettings.scrollRows} rows (${workOrdersSettings.scrollStepPx} px a frame)`,
            scroll.longTaskCount,
            `<= ${workOrdersTargets.scrollLongTasksMax}`,
            verdict(checks.longTasks),
            load(scroll.loadAverage1m),
          ],
          ['  longest long task, ms', fixed(scroll.longestTaskMs), '-', '-', '-'],
          ['  long animation frames (> 50 ms)', scroll.longFrames.length, '-', '-', '-'],
          [
            '  frames, of which waiting for the next page',
            `${scroll.frames} / ${scroll.waitingFrames}`,
            '-',
            '-',
            '-',
          ],
          ['  list page requests while scrolling', scroll.listRequests, '-', '-', '-'],
          [
            'table rows in the DOM at most',
            scroll.maxRows,
            `<= ${workOrdersTargets.renderedRowsMax}`,
            verdict(checks.rows),
            '-',
          ],
          [
            `JS heap after GC, detail cycle ${heap.early} -> ${heap.late}, MB`,
            `${mbText(heap.atEarly.usedBytes)} -> ${mbText(heap.atLate.usedBytes)}`,
            '-',
            '-',
            load(heap.loadAverage1m),
          ],
          [
            '  growth, MB',
            mbText(heap.growthBytes),
            `<= ${workOrdersTargets.heapGrowthMaxBytes / 1e6}`,
            verdict(checks.heap),
            '-',
          ],
          [
            '  of which compiled code (heap snapshot), MB',
            mbText(heap.composition.groups.code),
            '-',
            '-',
            '-',
          ],
          [
            '  of which JS data: objects, closures, arrays, strings (heap snapshot), MB',
            mbText(heap.composition.groups.data),
            '-',
            '-',
            '-',
          ],
          [
            '  DOM nodes / JS event listeners growth',
            `${heap.atLate.domNodes - heap.atEarly.domNodes} / ${heap.atLate.listeners - heap.atEarly.listeners}`,
            '-',
            '-',
            '-',
          ],
          ['  ms per detail cycle', fixed(heap.msPerCycle), '-', '-', '-'],
          ['page errors', pageErrors.length, '0', verdict(pageErrors.length === 0), '-'],
        ],
        summary: {
          matchingRows: base.total,
          filterToRowsMedianMs: filter.medianToFrameMs,
          filterToCommitMedianMs: filter.medianToCommitMs,
          filterApiMedianMs: filter.medianApiMs,
          filterSamples: filter.samples.length,
          scrollLongTasks: scroll.longTaskCount,
          scrollLongestTaskMs: scroll.longestTaskMs,
          scrollLongAnimationFrames: scroll.longFrames.length,
          renderedRowsMax: scroll.maxRows,
          heapEarlyBytes: heap.atEarly.usedBytes,
          heapLateBytes: heap.atLate.usedBytes,
          heapGrowthBytes: heap.growthBytes,
          heapGrowthMaxBytes: workOrdersTargets.heapGrowthMaxBytes,
          heapGrowthCodeBytes: heap.composition.groups.code,
          heapGrowthDataBytes: heap.composition.groups.data,
          loadAverage1mFilter: filter.loadAverage1m,
          loadAverage1mScroll: scroll.loadAverage1m,
          loadAverage1mHeap: heap.loadAverage1m,
          cpus,
          pageErrors: pageErrors.length,
          passed: Object.values(checks).filter(Boolean).length,
          failed: Object.values(checks).filter((pass) => !pass).length,
          browserBenchSeconds: seconds,
        },
      }
    },
  })

  sections.push({
    id: 'work-orders-filter-samples',
    browser: true,
    title: 'Work-order filter samples, in order (each from a fresh load of the unfiltered list)',
    run: async (context) => {
      const { filter } = await workOrders(context)
      return {
        columns: ['state tab', 'rows', 'to painted ms', 'to commit ms', 'list request ms'],
        rows: filter.samples.map((s) => [
          s.status,
          s.total,
          fixed(s.toFrameMs, 1),
          fixed(s.toCommitMs, 1),
          fixed(s.apiMs, 1),
        ]),
      }
    },
  })

  sections.push({
    id: 'work-orders-long-frames',
    browser: true,
    title:
      'Work-order scroll: the longest animation frames and the scripts Chromium blames (longest first, at most 8)',
    run: async (context) => {
      const { scroll } = await workOrders(context)
      const longest = [...scroll.longFrames].sort((a, b) => b.durationMs - a.durationMs).slice(0, 8)
      return {
        columns: [
          'at ms',
          'frame ms',
          'blocking ms',
          'style+layout ms',
          'longest script (invoker, source, ms)',
        ],
        rows:
          longest.length === 0
            ? [['-', '-', '-', '-', '(none)']]
            : longest.map((f) => {
                const script = [...f.scripts].sort((a, b) => b.durationMs - a.durationMs)[0]
                return [
                  fixed(f.startMs),
                  fixed(f.durationMs),
                  fixed(f.blockingMs),
                  fixed(f.styleLayoutMs),
                  script
                    ? `${script.invoker} ${script.source} ${fixed(script.durationMs)} (forced layout ${fixed(script.forcedLayoutMs)})`
                    : '(no script: rendering)',
                ]
              }),
      }
    },
  })

  sections.push({
    id: 'work-orders-heap-growers',
    browser: true,
    title: 'Work-order detail cycles: JS data kinds that grew most (heap snapshots; leak hunting)',
    run: async (context) => {
      const { heap } = await workOrders(context)
      return {
        columns: ['kind (snapshot type: constructor)', 'count', 'KB'],
        rows: heap.composition.growers.map((g) => [g.name, g.count, (g.bytes / 1e3).toFixed(1)]),
      }
    },
  })
}

/**
 * The wall display (issue 7): Lighthouse desktop on `/wall` signed in as the wall account
 * (tests/bench/wall-bench.mjs). Its memory over days is `npm run soak`'s. BENCH_WALL=0 leaves
 * it out.
 */
if (process.env.BENCH_WALL !== '0') {
  sections.push({
    id: 'wall-lighthouse',
    browser: true,
    title:
      'Wall display /wall in Chromium (Lighthouse 12 desktop preset, production build, mock server; medians)',
    run: async (context) => {
      const wall = await runWallBench({ distDir: context.distDir })
      const runs = `median of ${wall.runsPerPage}`
      return {
        columns: ['figure', '/wall', 'runs', 'target', 'verdict'],
        rows: [
          [
            `performance, desktop preset (${runs})`,
            fixed(wall.score),
            wall.runs.map((r) => r.score).join(' '),
            `>= ${wallTargets.desktopScoreMin}`,
            verdict(atLeast(wall.score, wallTargets.desktopScoreMin)),
          ],
          ['LCP ms', fixed(wall.lcpMs), wall.runs.map((r) => fixed(r.lcpMs)).join(' '), '-', '-'],
          ['FCP ms', fixed(wall.fcpMs), '-', '-', '-'],
          ['TBT ms', fixed(wall.tbtMs), wall.runs.map((r) => fixed(r.tbtMs)).join(' '), '-', '-'],
          ['CLS', fixed(wall.cls, 3), '-', '-', '-'],
        ],
        summary: { desktopScore: wall.score, lcpMs: wall.lcpMs, tbtMs: wall.tbtMs },
      }
    },
  })
}

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
// Every section measures this run's build: others may rebuild dist/ while the browser sections
// run (minutes), and a copy taken mid-build lacks the files its index.html names.
const snapshotRoot = mkdtempSync(path.join(tmpdir(), 'duban-bench-dist-'))
const snapshotDir = path.join(snapshotRoot, 'dist')
cpSync(distDir, snapshotDir, { recursive: true })
process.once('exit', () => rmSync(snapshotRoot, { recursive: true, force: true }))
const context = { distDir: snapshotDir, firstLoad: computeFirstLoad(snapshotDir) }
const results = []
const withBrowser = process.env.BENCH_BROWSER !== '0'
const only = process.env.BENCH_ONLY?.trim() || undefined
for (const section of sections) {
  if (section.browser && !withBrowser) continue
  if (only !== undefined && !section.id.startsWith(only)) continue
  const { columns, rows, summary } = await section.run(context)
  printTable(section.title, columns, rows)
  results.push({ id: section.id, title: section.title, columns, rows, ...(summary ? { summary } : {}) })
}

mkdirSync(outDir, { recursive: true })
const outFile = `${outDir}${only === undefined ? 'bench' : `bench-${only}`}.json`
writeFileSync(
  outFile,
  `${JSON.stringify({ node: process.version, createdAt: new Date().toISOString(), sections: results }, null, 2)}\n`,
)
console.log(`\n[bench] wrote ${outFile.slice(root.length)}`)
