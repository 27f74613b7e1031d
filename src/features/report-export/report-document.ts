/**
 * A report as headings, paragraphs and tables of plain text: what the page shows as tables and
 * what the .docx and CSV exports write, built once so that the three agree. Every text here is
 * plain text (from data or formatted figures); nothing is ever read as markup.
 */
export interface DocCell {
  readonly text: string
  /** The figure the cell shows (report-figures.ts); the page anchors it as `#fig-<id>`. */
  readonly figureId?: string
}

export interface DocTable {
  readonly id: string
  readonly caption: string
  readonly columns: readonly string[]
  /** The first cell of each row names it (a row header). */
  readonly rows: readonly (readonly DocCell[])[]
}

export interface DocCitation {
  readonly id: string
  readonly label: string
}

export type DocBlock =
  | { readonly kind: 'table'; readonly table: DocTable }
  | {
      readonly kind: 'paragraph'
      readonly text: string
      readonly cites?: readonly DocCitation[]
      readonly lang?: string
    }
  | { readonly kind: 'subheading'; readonly text: string }

export interface DocSection {
  readonly id: string
  readonly heading: string
  /** `null`: the section's data is missing or failed (the page says which, the rest stays). */
  readonly blocks: readonly DocBlock[] | null
}

export interface ReportDocument {
  readonly title: string
  /** Lines under the title: the range, the data time, the status. */
  readonly meta: readonly string[]
  readonly sections: readonly DocSection[]
}

export function documentTables(document: ReportDocument): DocTable[] {
  return document.sections.flatMap((section) =>
    (section.blocks ?? []).flatMap((block) => (block.kind === 'table' ? [block.table] : [])),
  )
}
