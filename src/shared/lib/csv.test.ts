// @vitest-environment node
import { HOSTILE_TEXTS } from '@mocks/sim/hostile-text'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../tests/unit/parse-csv'
import { csvField, csvLine, keepAsText, neutralizeFormula, plain, startsFormula, utf8Bom } from './csv'

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('商家拒绝退款')).toBe('商家拒绝退款')
    expect(csvField('RZ-20260315-0042')).toBe('RZ-20260315-0042')
  })

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('她说"不退"')).toBe('"她说""不退"""')
    expect(csvField('"')).toBe('""""')
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvField('第一行\r\n第二行')).toBe('"第一行\r\n第二行"')
    expect(csvField('中文，全角逗号')).toBe('中文，全角逗号')
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","点击")', '"\'=HYPERLINK(""http://evil.example"",""点击"")"'],
    ['+86 138', "'+86 138"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    ['＝1+1', "'＝1+1"],
    ['\0=1+1', "'\0=1+1"],
  ])('neutralizes a formula at the start: %j', (input, field) => {
    expect(csvField(input)).toBe(field)
  })

  it('leaves formula characters alone after the start', () => {
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e')
    expect(csvField(' 空格开头')).toBe(' 空格开头')
  })

  it('keeps a 20-digit number as text, every digit', () => {
    const id = '12345678901234567890'
    const field = csvField(id)
    expect(field).toBe('"=""12345678901234567890"""')
    // Read back as a CSV reader would: the formula whose value is the text, digits intact.
    expect(unquote(field)).toBe(`="${id}"`)
  })

  it.each([
    ['0042', '"=""0042"""'],
    ['1E5', '"=""1E5"""'],
    ['3-4', '"=""3-4"""'],
    ['1/2', '"=""1/2"""'],
    ['1,234', '"=""1,234"""'],
  ])('keeps text Excel would read as a number or date as text: %j', (input, field) => {
    expect(csvField(input)).toBe(field)
  })

  it('does not wrap a neutralized negative number again', () => {
    expect(csvField('-5')).toBe("'-5")
  })

  it('writes numbers as numbers and nothing as an empty field', () => {
    expect(csvField(42)).toBe('42')
    // A real negative number is a number, not text that looks like a formula: never guarded.
    expect(csvField(-5)).toBe('-5')
    expect(csvField(-0.25)).toBe('-0.25')
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('')
    expect(csvField(Number.NaN)).toBe('')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
  })

  it('lets a plain cell be read as Excel likes, still neutralized and quoted', () => {
    expect(csvField(plain('2026-12-05 14:30'))).toBe('2026-12-05 14:30')
    expect(csvField(plain('=1'))).toBe("'=1")
    expect(csvField(plain('Dec 5, 2026'))).toBe('"Dec 5, 2026"')
  })
})

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n')
  })
})

describe('helpers', () => {
  it('neutralizeFormula and keepAsText only change what they must', () => {
    expect(neutralizeFormula('abc')).toBe('abc')
    expect(neutralizeFormula('=abc')).toBe("'=abc")
    expect(keepAsText('abc123')).toBe('abc123')
    expect(keepAsText('123')).toBe('="123"')
  })

  it('the BOM is U+FEFF, three bytes in UTF-8', () => {
    expect([...new TextEncoder().encode(utf8Bom)]).toEqual([0xef, 0xbb, 0xbf])
  })
})

/** What a text cell holds once Excel has read the file: the text, or its neutralized forms. */
function readBack(text: string): string {
  const neutralized = startsFormula(text) ? `'${text}` : text
  return keepAsText(neutralized)
}

/** Whether a cell Excel reads would start a formula other than our `="digits"` wrapper. */
function runsAsFormula(cell: string): boolean {
  return startsFormula(cell) && !/^="[0-9][0-9eE.,:/ -]*"$/.test(cell)
}

describe('text from the public, read back as a spreadsheet reads it', () => {
  it('keeps every hostile text of the simulator literal, one cell each, never a formula', () => {
    const rows = parseCsv(HOSTILE_TEXTS.map((text) => csvLine([text, 'next'])).join(''))
    expect(rows).toHaveLength(HOSTILE_TEXTS.length)
    HOSTILE_TEXTS.forEach((text, index) => {
      expect(rows[index]).toEqual([readBack(text), 'next'])
      expect(runsAsFormula(rows[index]![0]!)).toBe(false)
    })
    // The formulas and numbers-as-text among them, exactly.
    const cell = (text: string) => parseCsv(csvLine([text]))[0]![0]
    expect(cell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")')
    expect(cell('+1+1')).toBe("'+1+1")
    expect(cell('-2')).toBe("'-2")
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(cell('1e309')).toBe('="1e309"')
    expect(cell('NaN')).toBe('NaN')
  })

  it('reads any text back as itself, neutralized, or kept as text; never as a formula', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '1', 'e', 'a', '\0'),
        maxLength: 12,
      }),
    )
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (cells) => {
        const [row, ...rest] = parseCsv(csvLine(cells))
        expect(rest).toEqual([])
        expect(row).toEqual(cells.map(readBack))
        for (const cell of row ?? []) expect(runsAsFormula(cell)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})

/** A quoted field's value (RFC 4180). */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field
}
