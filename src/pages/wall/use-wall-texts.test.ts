import { describe, expect, it } from 'vitest'
import { fill } from './use-wall-texts'

describe('fill', () => {
  it('puts each value in its place and leaves unknown names as they are', () => {
    expect(fill('{{n}} 家经营者：{{names}}（{{missing}}）', { n: 3, names: '某某超市' })).toBe(
      '3 家经营者：某某超市（{{missing}}）',
    )
  })

  it('keeps markup as text, byte for byte', () => {
    expect(fill('商户 {{name}}', { name: '<img src=x onerror=alert(1)>' })).toBe(
      '商户 <img src=x onerror=alert(1)>',
    )
  })

  it('isolates a right-to-left name, so the count after it stays after it', () => {
    expect(fill('{{name}} 3 件', { name: 'متجر السلام' })).toBe('\u2068متجر السلام\u2069 3 件')
  })

  it('closes an override the name leaves open, so the rest of the line reads forwards', () => {
    expect(fill('{{name}}：超期 5 件', { name: 'abc\u202Exyz' })).toBe('\u2068abc\u202Exyz\u2069：超期 5 件')
  })
})
