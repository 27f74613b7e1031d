// The bench's one report: tests/bench/out/bench.json (everything, for tools) and bench.md (for
// people: every figure against its target with how it was measured, then each section's
// detail tables). tests/bench/run.mjs collects; this file only formats and writes.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * @typedef {{ figure: string, value: string, target: string, verdict: 'pass' | 'FAIL' | '-', how: string, issue?: string }} Figure
 * @typedef {{ id: string, title: string, columns: string[], rows: (string | number)[][], summary?: Record<string, unknown>, figures?: Figure[], seconds?: number }} SectionResult
 */

export const verdict = (pass) => (pass === null || pass === undefined ? '-' : pass ? 'pass' : 'FAIL')

/** A table for the terminal: numbers right-aligned, text left. */
export function printTable(title, columns, rows) {
  const cells = [columns, ...rows.map((row) => row.map(String))]
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)))
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

/** A Markdown table; `|` in a cell is escaped, line breaks become spaces. */
export function markdownTable(columns, rows) {
  const cell = (value) =>
    String(value)
      .replaceAll('|', '\\|')
      .replace(/\s*\n\s*/g, ' ')
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`

/** bench.md: the run, the figures against their targets, then every section's own table. */
export function renderMarkdown({ meta, figures, sections }) {
  const failed = figures.filter((f) => f.verdict === 'FAIL')
  const passed = figures.filter((f) => f.verdict === 'pass')
  const lines = [
    '# duban bench report',
    '',
    `- Run: ${meta.createdAt} (${minutes(meta.durationSeconds)}), commit ${meta.commit}${meta.dirty ? ' with local changes' : ''}, ${meta.only ? `sections starting with \`${meta.only}\` only` : 'every section'}.`,
    `- Machine: ${meta.cpus} CPUs (${meta.cpuModel}), ${meta.memoryGiB} GiB, Node ${meta.node}, ${meta.chromium}.`,
    `- Load average (1, 5, 15 min) at the start: ${meta.loadAtStart.join(', ')}; at the end: ${meta.loadAtEnd.join(', ')}. Lighthouse and timing figures drop on a busy machine.`,
    `- Verdicts: ${passed.length} pass, ${failed.length} fail, ${figures.length - passed.length - failed.length} without a target.`,
    '',
    '## Figures against targets',
    '',
    markdownTable(
      ['figure', 'value', 'target', 'verdict', 'issue', 'how measured'],
      figures.map((f) => [f.figure, f.value, f.target, f.verdict, f.issue ?? '-', f.how]),
    ),
    '',
    '## Sections',
  ]
  for (const section of sections) {
    lines.push(
      '',
      `### ${section.title}`,
      '',
      ...(section.seconds === undefined ? [] : [`(${section.seconds.toFixed(0)} s)`, '']),
      markdownTable(section.columns, section.rows),
    )
  }
  return `${lines.join('\n')}\n`
}

/** Writes `<name>.json` and `<name>.md` into `outDir`; returns their paths. */
export function writeReport(outDir, name, report) {
  mkdirSync(outDir, { recursive: true })
  const json = path.join(outDir, `${name}.json`)
  const md = path.join(outDir, `${name}.md`)
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(md, renderMarkdown(report))
  return { json, md }
}
