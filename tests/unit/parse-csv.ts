/**
 * Reads CSV text back into rows of fields, as RFC 4180 says (what Excel does before it looks at
 * a field's content): quoted fields may hold commas, quotes (doubled) and line breaks; rows end
 * with CRLF. For tests of the exports: what a cell holds once the file is opened.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const char = text.charAt(i)
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') quoted = false
      else field += char
      i += 1
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else field += char
    i += 1
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
