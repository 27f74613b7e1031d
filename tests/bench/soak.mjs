#!/usr/bin/env node
// `npm run soak`: builds the production bundle, serves it with the mock API and soaks the wall
// display (tests/bench/wall-soak.mjs). Prints the figures against the targets, writes
// tests/bench/out/soak.json, and exits 1 when a target is missed. Apart from `npm run bench`
// so that the bench stays short. SOAK_REFRESHES=n shortens a trial run (default 2000).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMockServer } from './bench-site.mjs'
import { commitOf } from './git-commit.mjs'
import { runWallSoak, soakTargets } from './wall-soak.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const outDir = fileURLToPath(new URL('./out/', import.meta.url))

console.log('[soak] npm run build')
const built = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
if (built.status !== 0) {
  process.stdout.write(built.stdout)
  process.stderr.write(built.stderr)
  throw new Error(`npm run build failed (exit ${built.status})`)
}
// A copy, so a rebuild during the soak cannot pull files from under it.
const siteRoot = mkdtempSync(path.join(tmpdir(), 'duban-soak-'))
const siteDir = path.join(siteRoot, 'dist')
cpSync(path.join(root, 'dist'), siteDir, { recursive: true })

let server
let result
try {
  server = await startMockServer(siteDir)
  console.log(`[soak] ${server.origin}/wall`)
  result = await runWallSoak({ origin: server.origin })
} finally {
  await server?.stop()
  rmSync(siteRoot, { recursive: true, force: true })
}

const mb = (bytes) => (bytes / 1e6).toFixed(3)
const first = result.samples.find((s) => s.refreshes > result.settings.warmUp) ?? result.samples[0]
const last = result.samples.at(-1)
const heapPass =
  result.heapSlopeBytesPer1000 !== null && result.heapSlopeBytesPer1000 <= soakTargets.heapSlopeMaxBytes
const domPass = result.elementsSpread <= soakTargets.domSpreadMax
const errorsPass = result.pageErrors.length === 0

console.log(
  `\nWall soak: ${result.refreshes} refreshes and ${result.sceneChanges} scene changes over ${result.scenes} scenes in ${result.seconds.toFixed(0)} s (${result.msPerRefresh.toFixed(0)} ms per refresh, ${((result.seconds * 1000) / (result.refreshes + result.sceneChanges)).toFixed(0)} ms between driven events, sampling included); samples every ${result.settings.sampleEvery} refreshes, warm-up ${result.settings.warmUp}`,
)
const rows = [
  ['figure', 'value', 'target', 'verdict'],
  [
    'JS heap slope, MB per 1,000 refreshes (least squares after warm-up)',
    mb(result.heapSlopeBytesPer1000 ?? Number.NaN),
    `<= ${mb(soakTargets.heapSlopeMaxBytes)}`,
    heapPass ? 'pass' : 'FAIL',
  ],
  [
    "the page's elements: largest distance from their mean after warm-up",
    `${(result.elementsSpread * 100).toFixed(1)} % (mean ${result.elementsMean.toFixed(0)})`,
    `<= ${soakTargets.domSpreadMax * 100} %`,
    domPass ? 'pass' : 'FAIL',
  ],
  [
    'JS heap, first and last sample after warm-up, MB',
    `${mb(first.usedBytes)} -> ${mb(last.usedBytes)}`,
    '-',
    '-',
  ],
  ['elements, first and last sample after warm-up', `${first.elements} -> ${last.elements}`, '-', '-'],
  [
    "Chromium's DOM node counter (detached too): slope per 1,000 refreshes; largest distance from mean",
    `${(result.domNodeSlopePer1000 ?? Number.NaN).toFixed(1)}; ${(result.domNodesSpread * 100).toFixed(1)} %`,
    '-',
    '-',
  ],
  [
    'event listeners, slope per 1,000 refreshes',
    (result.listenerSlopePer1000 ?? Number.NaN).toFixed(1),
    '-',
    '-',
  ],
  ['uncaught page errors', String(result.pageErrors.length), '0', errorsPass ? 'pass' : 'FAIL'],
]
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
for (const message of result.pageErrors.slice(0, 5)) console.log(`  page error: ${message}`)

mkdirSync(outDir, { recursive: true })
const outFile = path.join(outDir, 'soak.json')
writeFileSync(
  outFile,
  `${JSON.stringify({ node: process.version, createdAt: new Date().toISOString(), ...commitOf(root), targets: soakTargets, ...result }, null, 2)}\n`,
)
console.log(`\n[soak] wrote ${path.relative(root, outFile)}`)
if (!heapPass || !domPass || !errorsPass) process.exitCode = 1
