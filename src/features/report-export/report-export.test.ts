import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildReportDocx } from './build-docx'
import { buildReportCsv } from './report-csv'
import type { ReportDocument } from './report-document'

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
async function documentText(blob: Blob): Promise<{ xml: string; text: string }> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  const entry = files['word/document.xml']
  if (!entry) throw new Error('no word/document.xml')
  const xml = strFromU8(entry)
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) =>
      (match[1] ?? '')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&'),
    )
    .join('\n')
  return { xml, text }
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
