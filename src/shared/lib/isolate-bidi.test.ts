import { describe, expect, it } from 'vitest'
import { isolateBidi } from './isolate-bidi'

const wrapped = (text: string) => `\u2068${text}\u2069`

describe('isolateBidi', () => {
  it('leaves Chinese, Latin, digits, emoji and punctuation as they are', () => {
    for (const text of ['日照市东港区', 'Rizhao Seafood Co.', '1,234 件', '👍🏽 退款😡', '', '<b>x</b>'])
      expect(isolateBidi(text)).toBe(text)
  })

  it('isolates right-to-left letters', () => {
    for (const text of ['مرحبا 商家', 'שלום עולם 123', 'ܫܠܡܐ', 'ދިވެހި', '\u{10900}'])
      expect(isolateBidi(text)).toBe(wrapped(text))
  })

  it('isolates a text that carries bidi controls, closed or not', () => {
    for (const text of ['\u202Eexe.txt\u202C', '\u202Etxt.exe', 'a\u200Fb', 'x\u2066y', 'a\u061Cb'])
      expect(isolateBidi(text)).toBe(wrapped(text))
  })
})
