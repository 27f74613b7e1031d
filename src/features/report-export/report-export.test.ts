import { HOSTILE_TEXTS } from '@mocks/sim/hostile-text'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../tests/unit/parse-csv'
import { keepAsText, neutralizeFormula } from '@/shared/lib/csv'
import { buildReportDocx } from './build-docx'
import { buildReportCsv } from './report-csv'
import type { ReportDocument } from './report-document'
import { xmlText } from './xml-text'

const hostile = '<w:p>=HYPERLINK("http://x")&amp;</w:p>'

const document: ReportDocument = {
  title: '月分析 · 2026年10月',
  meta: ['统计范围：2026年10月1日 至 2026年10月31日'],
  sections: [
    {
      id: 'areas',
      heading: '区县与承办单位',
      blocks: [
        {
          kind: 'table',
          table: {
            id: 'units',
            caption: '承办单位',
            columns: ['承办单位', '件数'],
            rows: [
              [{ text: hostile }, { text: '1,234', figureId: 'unit-x' }],
              [{ text: '-2+3' }, { text: '0042' }],
            ],
          },
        },
      ],
    },
    { id: 'narrative', heading: '分析摘要', blocks: [{ kind: 'paragraph', text: '本期共受理1,234件。' }] },
    { id: 'hotspots', heading: '热点及处置', blocks: null },
  ],
}

/** The text of word/document.xml, runs joined, entities decoded (what Word shows). */
async function documentText(
  blob: Blob,
): Promise<{ xml: string; text: string; files: Record<string, string> }> {
  const unzipped = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  const files = Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, strFromU8(bytes)]))
  const xml = files['word/document.xml']
  if (!xml) throw new Error('no word/document.xml')
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) =>
      (match[1] ?? '')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&'),
    )
    .join('\n')
  return { xml, text, files }
}

/** Every hostile text of the simulator as a unit's name, and in the title, a line and a sentence. */
const hostileDocument: ReportDocument = {
  title: `月分析 ${HOSTILE_TEXTS.at(-1)}`,
  meta: [...HOSTILE_TEXTS],
  sections: [
    {
      id: 'areas',
      heading: '区县与承办单位',
      blocks: [
        {
          kind: 'table',
          table: {
            id: 'units',
            caption: '承办单位',
            columns: ['承办单位', '件数'],
            rows: HOSTILE_TEXTS.map((text, index) => [{ text }, { text: String(index) }]),
          },
        },
        { kind: 'paragraph', text: HOSTILE_TEXTS.join(' ') },
      ],
    },
  ],
}

describe('report .docx', () => {
  it('holds the title, headings, tables and narrative, and a hostile name as literal text', async () => {
    const blob = await buildReportDocx(document, (heading) => `“${heading}”数据缺失`)
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const { xml, text } = await documentText(blob)
    for (const expected of [
      '月分析 · 2026年10月',
      '区县与承办单位',
      '承办单位',
      '1,234',
      '本期共受理1,234件。',
      '“热点及处置”数据缺失',
    ])
      expect(text).toContain(expected)
    // The name is one text run, escaped: no element of its own, no field code.
    expect(text.split('\n')).toContain(hostile)
    expect(xml).not.toContain('<w:p>=HYPERLINK')
    expect(xml).not.toContain('<w:fldSimple')
    expect(xml).toContain('<w:tbl>')
  })
})

describe('report CSV', () => {
  it('writes every table for Excel: BOM, CRLF, formulas neutralized, number-like text kept', () => {
    const csv = buildReportCsv(document)
    expect(csv.startsWith('\uFEFF月分析 · 2026年10月\r\n')).toBe(true)
    expect(csv).toContain('\r\n承办单位\r\n承办单位,件数\r\n')
    // A leading "<" is no formula: kept as is, quoted for its quotes; "1,234" stays as shown.
    expect(csv).toContain(`"<w:p>=HYPERLINK(""http://x"")&amp;</w:p>","=""1,234"""\r\n`)
    expect(csv).toContain(`'-2+3,"=""0042"""\r\n`)
  })
})

describe('exports of a report whose names are hostile', () => {
  it('.docx: a well-formed document, each text one literal run, no element or field of its own', async () => {
    const { xml, text, files } = await documentText(await buildReportDocx(hostileDocument, (h) => h))
    // Every part Word reads must be XML it can parse: one NUL and it refuses the whole file.
    for (const [name, part] of Object.entries(files).filter(([name]) => name.endsWith('.xml'))) {
      const parsed = new DOMParser().parseFromString(part, 'application/xml')
      expect(parsed.getElementsByTagName('parsererror'), name).toHaveLength(0)
    }
    // The runs as Word reads them: parsed XML, where a carriage return reads as a line feed.
    const parsed = new DOMParser().parseFromString(xml, 'application/xml')
    const runs = [...parsed.getElementsByTagName('w:t')].map((run) => run.textContent)
    for (const hostile of HOSTILE_TEXTS) {
      // Control characters XML cannot hold are dropped; the rest is the text, whole, in one run.
      expect(runs).toContain(xmlText(hostile).replaceAll('\r', '\n'))
    }
    expect(text).toContain('控制字符NULBS')
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1)
    expect(xml.match(/<w:tr>/g)).toHaveLength(HOSTILE_TEXTS.length + 1)
    for (const element of ['<w:fldSimple', '<w:instrText', '<w:hyperlink', '<svg', '<img', '<script'])
      expect(xml).not.toContain(element)
  })

  it('CSV: each name one cell, literal, formulas neutralized, read back as a spreadsheet reads it', () => {
    const rows = parseCsv(buildReportCsv(hostileDocument).slice(1))
    for (const [index, hostile] of HOSTILE_TEXTS.entries()) {
      expect(rows).toContainEqual([keepAsText(neutralizeFormula(hostile))])
      expect(rows).toContainEqual([keepAsText(neutralizeFormula(hostile)), `="${index}"`])
    }
    // No cell starts a formula but our wrapper around number-like text.
    for (const cell of rows.flat())
      if (!/^="[0-9][0-9eE.,:/ -]*"$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r\0]/)
  })
})
