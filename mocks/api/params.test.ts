// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { encodeCursor } from './pagination'
import {
  chinaDayParam,
  cursorParam,
  enumParam,
  isRealDay,
  keywordParam,
  limitParam,
  parseQuery,
  periodRule,
  type ParsedQuery,
} from './params'

/** A list endpoint's parameters, as the resource handlers will declare them. */
const shape = {
  from: chinaDayParam,
  to: chinaDayParam,
  kind: z.optional(enumParam(['complaint', 'report', 'consultation'])),
  limit: z.optional(limitParam),
  cursor: z.optional(cursorParam),
  q: z.optional(keywordParam),
}
const maxDays = 1096
const parse = (query: string) =>
  parseQuery(`http://api.test/api/v1/work-orders?${query}`, shape, periodRule(maxDays))
const names = Object.keys(shape)

function failureOf(query: string) {
  const result = parse(query)
  if (result.ok) throw new Error(`expected ${query} to be refused`)
  return result.errors
}

const validBase = 'from=2026-01-01&to=2026-01-31'

describe('parseQuery', () => {
  it('parses valid parameters into typed values', () => {
    const result = parse(`${validBase}&kind=report&limit=500&q=${encodeURIComponent('预付卡')}`)
    expect(result).toEqual({
      ok: true,
      value: { from: '2026-01-01', to: '2026-01-31', kind: 'report', limit: 500, q: '预付卡' },
    })
    if (result.ok) {
      const limit: number | undefined = result.value.limit satisfies ParsedQuery<typeof shape>['limit']
      expect(limit).toBe(500)
    }
  })

  it('requires what is required, naming it', () => {
    expect(failureOf('to=2026-01-31')).toEqual([
      { in: 'query', parameter: 'from', code: 'required', message: 'is required' },
    ])
  })

  it('names every offending parameter at once', () => {
    const errors = failureOf('from=2026-02-30&to=2026-13-01&kind=Complaint&limit=0&color=red')
    expect(errors.map((error) => [error.parameter, error.code])).toEqual([
      ['color', 'unknown'],
      ['from', 'format'],
      ['to', 'format'],
      ['kind', 'enum'],
      ['limit', 'range'],
    ])
  })

  it('refuses a repeated parameter rather than picking one', () => {
    expect(failureOf(`${validBase}&kind=report&kind=complaint`)).toEqual([
      expect.objectContaining({ parameter: 'kind', code: 'format' }),
    ])
  })

  it('refuses from after to, and a period over the maximum span', () => {
    expect(failureOf('from=2026-02-01&to=2026-01-31')).toEqual([
      expect.objectContaining({ parameter: 'from', code: 'order' }),
    ])
    expect(parse('from=2024-01-01&to=2026-12-31').ok).toBe(true)
    expect(failureOf('from=2024-01-01&to=2027-01-01')).toEqual([
      expect.objectContaining({ parameter: 'to', code: 'span' }),
    ])
  })

  it.each(['1e2', '+3', ' 7', '07', '1.5', '-1', '501', '', '0x10', '١٢'])('refuses limit=%j', (limit) => {
    expect(failureOf(`${validBase}&limit=${encodeURIComponent(limit)}`)).toEqual([
      expect.objectContaining({ parameter: 'limit' }),
    ])
  })

  it('accepts a cursor the API issued and refuses anything else', () => {
    const cursor = encodeCursor({ v: 1, offset: 100, scope: 'x' })
    expect(parse(`${validBase}&cursor=${cursor}`).ok).toBe(true)
    for (const bad of [
      'abc',
      'eyJ2IjoxfQ',
      encodeCursor({ v: 1, offset: 100, scope: 'x' }).slice(0, -2),
      '!!!',
    ]) {
      expect(failureOf(`${validBase}&cursor=${bad}`)).toEqual([
        expect.objectContaining({ parameter: 'cursor' }),
      ])
    }
  })
})

describe('isRealDay', () => {
  it.each(['2024-02-29', '2026-12-31', '2027-01-01', '1970-01-01'])('accepts %s', (day) => {
    expect(isRealDay(day)).toBe(true)
  })
  it.each([
    '2026-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-1-1',
    '20260101',
    '2026-01-01T00:00',
    '0000-01-01',
  ])('refuses %s', (day) => {
    expect(isRealDay(day)).toBe(false)
  })
})

describe('random bad input (property)', () => {
  it('names any unknown parameter', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((name) => !names.includes(name)),
        fc.string(),
        (name, value) => {
          const query = `${validBase}&${new URLSearchParams({ [name]: value }).toString()}`
          expect(failureOf(query)).toContainEqual(
            expect.objectContaining({ parameter: name, code: 'unknown' }),
          )
        },
      ),
    )
  })

  it('names a malformed from or to', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('from', 'to'),
        fc.string({ maxLength: 12 }).filter((text) => !isRealDay(text)),
        (name, value) => {
          const params = new URLSearchParams(validBase)
          params.set(name, value)
          expect(failureOf(params.toString())).toContainEqual(expect.objectContaining({ parameter: name }))
        },
      ),
    )
  })

  it('names a limit that is not a whole number from 1 to 500', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)), (limit) => {
        fc.pre(!/^([1-9]\d?|[1-4]\d\d|500)$/.test(limit))
        expect(failureOf(`${validBase}&limit=${encodeURIComponent(limit)}`)).toContainEqual(
          expect.objectContaining({ parameter: 'limit' }),
        )
      }),
    )
  })

  it('names an enum value that is not a code', () => {
    fc.assert(
      fc.property(
        fc.string().filter((kind) => !['complaint', 'report', 'consultation'].includes(kind)),
        (kind) => {
          expect(failureOf(`${validBase}&kind=${encodeURIComponent(kind)}`)).toContainEqual(
            expect.objectContaining({ parameter: 'kind', code: 'enum' }),
          )
        },
      ),
    )
  })

  it('accepts every valid period within the span, in any process time zone', () => {
    const day = fc
      .date({
        min: new Date('2004-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const result = parse(`from=${from}&to=${to}`)
        const spanDays = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
        expect(result.ok).toBe(spanDays <= maxDays)
      }),
    )
  })
})
