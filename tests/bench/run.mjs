#!/usr/bin/env node
// `npm run bench`: builds the production bundle, then measures it. Prints a table per section
// and writes everything to tests/bench/out/bench.json.
//
// Each section is { id, title, run(context) => { columns, rows, summary? } }. Later issues add
// their figures by appending a section to `sections` (e.g. render timings in a browser).
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { computeFirstLoad, firstLoadJsBudgetBytes, kib } from '../bundle/first-load.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const distDir = fileURLToPath(new URL('../../dist', import.meta.url))
const outDir = fileURLToPath(new URL('./out/', import.meta.url))

const kibText = (bytes) => kib(bytes).toFixed(2)

/** @type {{ id: string, title: string, run: (context: { distDir: string, firstLoad: ReturnType<typeof computeFirstLoad> }) => { columns: string[], rows: (string | number)[][], summary?: Record<string, number> } }[]} */
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
for (const section of sections) {
  const { columns, rows, summary } = section.run(context)
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
