// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { problemSchema } from './api-error'
import { describeValidationIssues } from './validation-issues'
import * as validators from './validators.gen'

// Every export of validators.gen.ts is a zod schema (the generator makes nothing else).
const responseValidators: [string, z.ZodMiniType][] = Object.entries({ ...validators, problemSchema })

// Whatever a server (or a proxy, or an attacker in between) sends, a validator answers with data
// or a validation error that apiFetch can describe; it never throws, so a panel shows a readable
// error instead of a component crashing on `undefined` (issue 9).
describe('every response validator, fed arbitrary JSON', () => {
  it('finds the generated validators', () => {
    expect(responseValidators.length).toBeGreaterThan(100)
  })

  it.each(responseValidators)('%s returns data or describable issues, never throws', (_name, validator) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const parsed = validator.safeParse(value, { reportInput: true })
        if (parsed.success) return
        const lines = describeValidationIssues(parsed.error.issues)
        expect(lines.length).toBeGreaterThan(0)
        for (const line of lines) expect(line).toMatch(/^\S.*: \S/)
      }),
      { numRuns: 60 },
    )
  })

  it.each(responseValidators)('%s survives objects keyed like prototypes', (_name, validator) => {
    const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
    fc.assert(
      fc.property(fc.dictionary(hostileKeys, fc.jsonValue({ maxDepth: 2 })), (record) => {
        // JSON.parse makes `__proto__` an own key, as a real answer would.
        const value: unknown = JSON.parse(JSON.stringify(record))
        expect(() => validator.safeParse(value, { reportInput: true })).not.toThrow()
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      { numRuns: 20 },
    )
  })
})
