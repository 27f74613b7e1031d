import { csvLine, utf8Bom } from '@/shared/lib/csv'
import { documentTables, type ReportDocument } from './report-document'

/**
 * Every table of the report in one CSV file for Excel (UTF-8 with BOM), one block per table:
 * its caption, its columns, its rows, then an empty line. Cells go through the work-order
 * export's CSV rules: a name from the data that looks like a formula stays text.
 */
export function buildReportCsv(document: ReportDocument): string {
  let text = utf8Bom + csvLine([document.title])
  for (const line of document.meta) text += csvLine([line])
  for (const table of documentTables(document)) {
    text += csvLine([]) + csvLine([table.caption]) + csvLine(table.columns)
    for (const row of table.rows) text += csvLine(row.map((cell) => cell.text))
  }
  return text
}
