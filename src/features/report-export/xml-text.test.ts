// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { xmlText } from './xml-text'

describe('xmlText', () => {
  it('drops what XML 1.0 cannot hold and keeps everything else', () => {
    expect(xmlText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh')
    expect(xmlText('tab\tLF\nCR\r')).toBe('tab\tLF\nCR\r')
    expect(xmlText('<b>&amp;</b> 😡 👨‍👩‍👧‍👦 \u200B\uFEFF\u202E')).toBe('<b>&amp;</b> 😡 👨‍👩‍👧‍👦 \u200B\uFEFF\u202E')
  })

  it('drops a surrogate without its pair, keeps a pair', () => {
    expect(xmlText('x\uD83Dy\uDE00z')).toBe('xyz')
    expect(xmlText('\uD83D\uDE00')).toBe('😀')
  })
})
