/**
 * The report as a Word document (.docx), for offices that edit the monthly analysis before
 * sending it on. Built with the `docx` library and loaded only when the user exports (see
 * export-docx.ts): it stays out of the first load. Every text is a plain `TextRun`, which the
 * library writes as XML-escaped character data, so a name from the data such as
 * `<w:r>` or `=HYPERLINK(...)` is text in the document, never markup or a field.
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

/** A4 portrait in twips (1/1440 inch), with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 }

function tableOf(table: DocTable): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (column) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: column })] })] }),
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
                  children: [new TextRun({ text: cell.text })],
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
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: block.text })] }),
      ]
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text })] })]
    case 'table':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          children: [new TextRun({ text: block.table.caption })],
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
    title: document.title,
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
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: document.title })] }),
          ...document.meta.map((line) => new Paragraph({ children: [new TextRun({ text: line })] })),
          ...document.sections.flatMap((section) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              children: [new TextRun({ text: section.heading })],
            }),
            ...(section.blocks === null
              ? [new Paragraph({ children: [new TextRun({ text: missing(section.heading) })] })]
              : section.blocks.flatMap(blockOf)),
          ]),
        ],
      },
    ],
  })
  return Packer.toBlob(doc)
}
