/**
 * CSV as Excel reads it (RFC 4180 with CRLF rows), made safe for cells from the public:
 * - a cell that Excel would run as a formula is neutralized (OWASP's advice): a leading
 *   `= + - @`, tab, carriage return or NUL (and the full-width forms, which Chinese input methods
 *   type) gets an apostrophe in front, so `=HYPERLINK(...)` from a complaint stays text; numbers
 *   (a `number` cell, never text) are written as they are, a negative one included;
 * - a text cell that Excel would read as a number or a date (a 20-digit id, `0042`, `1E5`,
 *   `3-4`) is written as the formula `="..."`, whose value is that text: Excel keeps every digit
 *   instead of rounding to 15 significant ones or dropping leading zeros. The wrapper is only
 *   ever put around digits and number punctuation, so it cannot carry a formula of its own.
 */

/**
 * A cell for Excel to read as it likes, e.g. our own "2026-12-05 14:30" (China time) that is
 * better as a real date-time in a spreadsheet. Only for values the app formats itself.
 */
export interface PlainCell {
  readonly plain: string
}

/** `string` is text (neutralized, kept as text); `null`/`undefined` an empty cell. */
export type CsvCell = string | number | PlainCell | null | undefined

/** Excel's BOM cue: without it, Excel reads a UTF-8 file in the system code page (GBK in China). */
export const utf8Bom = '\uFEFF'

/** RFC 4180's line break; Excel also accepts LF, but other readers expect this. */
export const csvLineBreak = '\r\n'

export function plain(value: string): PlainCell {
  return { plain: value }
}

// ASCII triggers, NUL (ASVS 5.0 V1.2.10: a reader that drops it would see what follows first)
// and the full-width forms of = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20).
const formulaStart = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/

/** A value Excel would turn into a number, a date or a time, losing how it was written. */
const numberLike = /^[0-9][0-9eE.,:/ -]*$/

const needsQuotes = /[",\r\n]/

/** Whether Excel would treat `value` as the start of a formula. */
export function startsFormula(value: string): boolean {
  return formulaStart.test(value)
}

/** `value` with an apostrophe in front when it would start a formula. */
export function neutralizeFormula(value: string): string {
  return startsFormula(value) ? `'${value}` : value
}

/** `value` as Excel would store it, written so that it stays text. */
export function keepAsText(value: string): string {
  return numberLike.test(value) ? `="${value}"` : value
}

/** One field, quoted when it holds a quote, a comma or a line break (quotes doubled). */
function quoteField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** One cell as a CSV field. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'string') return quoteField(keepAsText(neutralizeFormula(cell)))
  // Our own values are neutralized too: cheap, and no formatter change can open a hole.
  return quoteField(neutralizeFormula(cell.plain))
}

/** One row, with its line break. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',') + csvLineBreak
}
