// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { kpiSummarySchema, workOrderDetailSchema } from './validators.gen'
import { describeValidationIssues } from './validation-issues'

const describe_ = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true })
  return result.success ? [] : describeValidationIssues(result.error.issues)
}

describe('describeValidationIssues', () => {
  it('names each field and says what was expected and what came', () => {
    const summary = describe_(kpiSummarySchema, {
      asOf: '2026-11-28T20:00:00Z',
      period: { from: '2026-11-01' },
      received: 3,
      initialCheck: { due: -1, onTime: 1.5, late: 0, rate: 2 },
    })
    expect(summary).toEqual(
      expect.arrayContaining([
        'asOf: does not match /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$/u',
        'period.to: missing (string expected)',
        'received: object expected, got number',
        'initialCheck.due: ≥ 0 expected',
        'initialCheck.onTime: int expected, got fraction',
        'initialCheck.rate: ≤ 1 expected',
        'comparison: missing (object expected)',
      ]),
    )
  })

  it('lists the allowed codes of an enumeration and of a discriminated union', () => {
    const detail = describe_(workOrderDetailSchema, { kind: 'praise', events: [{ type: 'holiday' }] })
    expect(detail).toContain('kind: one of complaint, report, consultation expected, got "praise"')
    expect(detail).toContain('events.0.type: one of extension, suspension, return expected, got "holiday"')
  })

  it('repeats a wrong value only when it looks like a code: a name or a number in its place is told by its length', () => {
    const detail = describe_(workOrderDetailSchema, {
      kind: '王建国',
      events: [{ type: '13812345678' }, { type: 13812345678 }, { type: { name: '王建国' } }],
    })
    expect(detail).toContain(
      'kind: one of complaint, report, consultation expected, got text of 3 characters',
    )
    expect(detail).toContain(
      'events.0.type: one of extension, suspension, return expected, got text of 11 characters',
    )
    expect(detail).toContain(
      'events.1.type: one of extension, suspension, return expected, got a long number',
    )
    expect(detail).toContain('events.2.type: one of extension, suspension, return expected, got object')
    expect(detail.join('\n')).not.toMatch(/王建国|13812345678/)
  })

  it('gives array and string lengths in items and characters', () => {
    expect(describe_(z.array(z.string()).check(z.maxLength(1)), ['a', 'b'])).toEqual([
      '(root): at most 1 items expected',
    ])
    expect(describe_(z.string().check(z.minLength(16)), 'short')).toEqual([
      '(root): at least 16 characters expected',
    ])
  })
})
