/**
 * The report as a Word document (.docx), for offices that edit the monthly analysis before
 * sending it on. Built with the `docx` library and loaded only when the user exports (see
 * export-docx.ts): it stays out of the first load. Every text is a plain `TextRun`, which the
 * library writes as XML-escaped character data, so a name from the data such as
 * `<w:r>` or `=HYPERLINK(...)` is text in the document, never markup or a field; characters XML
 * cannot hold (a NUL from the data) are dropped, or Word would refuse the whole file.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { DocBlock, DocTable, ReportDocument } from './report-document'
import { xmlText } from './xml-text'

/** A run of plain text: XML-escaped by the library, stripped of what XML cannot hold by us. */
function run(text: string): TextRun {
  return new TextRun({ text: xmlText(text) })
}

/** A4 portrait in twips (1/1440 inch), with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 }

function tableOf(table: DocTable): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (column) => new TableCell({ children: [new Paragraph({ children: [run(column)] })] }),
    ),
  })
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: row.map(
          (cell, index) =>
            new TableCell({
              children: [
                new Paragraph({
                  alignment: index === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                  children: [run(cell.text)],
                }),
              ],
            }),
        ),
      }),
  )
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })
}

function blockOf(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(block.text)] })]
    case 'paragraph':
      return [new Paragraph({ children: [run(block.text)] })]
    case 'table':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          children: [run(block.table.caption)],
        }),
        tableOf(block.table),
        new Paragraph({ children: [] }),
      ]
  }
}

/** The .docx file of `document`; `missing` is the sentence for a section without data. */
export function buildReportDocx(
  document: ReportDocument,
  missing: (heading: string) => string,
): Promise<Blob> {
  const doc = new Document({
    title: xmlText(document.title),
    creator: 'duban',
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: a4.margin, right: a4.margin, bottom: a4.margin, left: a4.margin },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [run(document.title)] }),
          ...document.meta.map((line) => new Paragraph({ children: [run(line)] })),
          ...document.sections.flatMap((section) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              children: [run(section.heading)],
            }),
            ...(section.blocks === null
              ? [new Paragraph({ children: [run(missing(section.heading))] })]
              : section.blocks.flatMap(blockOf)),
          ]),
        ],
      },
    ],
  })
  return Packer.toBlob(doc)
}
