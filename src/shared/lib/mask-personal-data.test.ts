// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPersonalNumbers, maskPersonName } from './mask-personal-data'

describe('maskPersonalNumbers', () => {
  it.each([
    ['电话13812345678请回电', '电话***********请回电'],
    ['手机 138 1234 5678。', '手机 *** **** ****。'],
    ['138-1234-5678', '***-****-****'],
    ['+86 138 1234 5678', '+** *** **** ****'],
    ['008613812345678', '***************'],
    ['（+86）13812345678', '（+**）***********'],
    ['全角１３８１２３４５６７８', '全角***********'],
    ['座机0633-1234567', '座机****-*******'],
    ['(0633)12345678', '(****)********'],
    ['010 8765 4321', '*** **** ****'],
    ['+86 633 1234567', '+** *** *******'],
    ['身份证370102199001011234', '身份证******************'],
    ['370102 19900101 123X', '****** ******** ****'],
    ['37010219900101123x', '******************'],
    ['旧证370102900101123', '旧证***************'],
  ])('masks %s', (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked)
  })

  it.each([
    '消费者称在日照市海滨电子商务有限公司网购商品已23天未发货，要求退款1544元。',
    '维修费13842元',
    '工单 RZ-20261111-0169',
    '2026年12月4日 24:00',
    '订单金额 12345678 元',
    '1234567890',
  ])('leaves %s alone', (text) => {
    expect(maskPersonalNumbers(text)).toBe(text)
  })

  it('masks two numbers written side by side', () => {
    expect(maskPersonalNumbers('13812345678 0633-1234567')).toBe('*********** ****-*******')
  })

  it('keeps the length and every character that is not a digit of a number found', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const masked = maskPersonalNumbers(text)
        expect(masked).toHaveLength(text.length)
        for (let i = 0; i < text.length; i++) {
          if (masked[i] !== text[i]) expect(masked[i]).toBe('*')
        }
      }),
    )
  })

  it('leaves no mobile number readable, however it is spaced', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String)
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.array(digit, { minLength: 9, maxLength: 9 }))
    const separator = fc.constantFrom('', ' ', '-', '.')
    fc.assert(
      fc.property(mobile, fc.array(separator, { minLength: 10, maxLength: 10 }), ([second, rest], seps) => {
        const digits = ['1', String(second), ...rest]
        const written = digits.map((d, i) => (i === 0 ? d : `${seps[i - 1] ?? ''}${d}`)).join('')
        expect(maskPersonalNumbers(`电话${written}。`)).not.toMatch(/[0-9]/)
      }),
    )
  })
})

describe('maskPersonalNumbers, on arbitrary numbers', () => {
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }).map(String), { minLength: n, maxLength: n })
  const separator = fc.constantFrom('', ' ', '-')

  it('leaves no ID number readable, grouped or not', () => {
    fc.assert(
      fc.property(digits(17), fc.constantFrom('0', '7', 'X', 'x'), separator, (body, check, sep) => {
        const id = `${body.slice(0, 6).join('')}${sep}${body.slice(6, 14).join('')}${sep}${body.slice(14).join('')}${check}`
        expect(maskPersonalNumbers(`证件${id}号`)).toBe(`证件${id.replace(/[0-9Xx]/g, '*')}号`)
      }),
    )
  })

  it('leaves no landline readable with its area code', () => {
    fc.assert(
      fc.property(digits(3), digits(8), fc.boolean(), separator, (area, local, short, sep) => {
        const number = `0${area.join('')}${sep}${local.slice(short ? 1 : 0).join('')}`
        expect(maskPersonalNumbers(`座机${number}。`)).not.toMatch(/[0-9]/)
      }),
    )
  })
})

describe('maskPersonName', () => {
  it.each([
    ['王建国', '王**'],
    ['欧阳', '欧**'],
    [' Li Hong ', 'L**'],
    ['', ''],
  ])('%s → %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked)
  })
})
