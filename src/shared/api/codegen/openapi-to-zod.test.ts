// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { generateValidatorFiles, type JsonSchema, type OpenApiDocument } from './openapi-to-zod'

// Generated modules are written beside this file (so that `zod/mini` resolves as in the app)
// and imported: the test runs exactly the code the generator prints, with no eval.
const scratch = mkdtempSync(join(fileURLToPath(new URL('.', import.meta.url)), '.scratch-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let moduleCount = 0

type Validators = Record<string, z.ZodMiniType>

async function load(document: OpenApiDocument): Promise<Validators> {
  moduleCount += 1
  const dir = join(scratch, String(moduleCount))
  for (const file of generateValidatorFiles(document)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true })
    writeFileSync(join(dir, file.path), file.source)
  }
  return (await import(/* @vite-ignore */ join(dir, 'validators.gen.ts'))) as Validators
}

/** All generated sources, one after the other. */
const generateValidators = (document: OpenApiDocument) =>
  generateValidatorFiles(document)
    .map((file) => file.source)
    .join('\n')

const withSchemas = (schemas: Record<string, JsonSchema>): OpenApiDocument => ({ components: { schemas } })

/** The readable issues of a failed parse, as `path: message`. */
function issuesOf(validator: z.ZodMiniType, value: unknown): string[] {
  const result = validator.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`)
}

describe('generateValidators', () => {
  it('writes one module per schema, named after it, and re-exports each from validators.gen.ts', () => {
    const files = generateValidatorFiles(
      withSchemas({
        KpiSummary: { type: 'object', properties: { asOf: { $ref: '#/components/schemas/AsOf' } } },
        AsOf: { $ref: '#/components/schemas/Timestamp' },
        Timestamp: { type: 'string' },
      }),
    )
    const byPath = new Map(files.map((file) => [file.path, file.source]))
    expect([...byPath.keys()]).toEqual([
      'validators.gen.ts',
      'validators/timestamp.gen.ts',
      'validators/as-of.gen.ts',
      'validators/kpi-summary.gen.ts',
    ])
    expect(byPath.get('validators.gen.ts')).toContain(
      "export { kpiSummarySchema } from './validators/kpi-summary.gen'",
    )
    const summary = byPath.get('validators/kpi-summary.gen.ts')!
    expect(summary).toContain('export const kpiSummarySchema =')
    expect(summary.match(/^import .*$/gm)).toEqual([
      "import { z } from 'zod/mini'",
      "import { asOfSchema } from './as-of.gen'",
    ])
    // An alias calls no zod function, so it does not import zod (an unused import fails lint).
    expect(byPath.get('validators/as-of.gen.ts')!.match(/^import .*$/gm)).toEqual([
      "import { timestampSchema } from './timestamp.gen'",
    ])
  })

  it('marks every call pure, so that bundles drop the validators they do not use', () => {
    const code = generateValidators(
      withSchemas({
        Day: { type: 'string', pattern: '^\\d{4}$', maxLength: 4 },
        Row: {
          type: 'object',
          required: ['day'],
          properties: {
            day: { $ref: '#/components/schemas/Day' },
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
      }),
    )
    // Rolldown drops an unused call only when it knows it to be pure; zod/mini's own marks are
    // not honoured once zod sits in another chunk, so each call carries its own.
    const unmarked = [...code.matchAll(/(?<!\/\* @__PURE__ \*\/ )\bz\s*\.\s*\w+\(/g)].map((match) => match[0])
    expect(unmarked).toEqual([])
    expect(code).toContain(
      'export const daySchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(4)',
    )
  })

  it('orders each validator after the ones it references, whatever the spec order', async () => {
    const validators = await load(
      withSchemas({
        Page: {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Row' } } },
        },
        Row: { type: 'object', required: ['id'], properties: { id: { $ref: '#/components/schemas/Id' } } },
        Id: { type: 'string', pattern: '^[a-z]+$' },
      }),
    )
    expect(validators.pageSchema!.safeParse({ items: [{ id: 'abc' }] }).success).toBe(true)
    expect(issuesOf(validators.pageSchema!, { items: [{ id: 'ABC' }] })).toEqual([
      'items.0.id: invalid_format',
    ])
  })

  it('checks required and optional members; drops unknown members unless extra members are allowed', async () => {
    const { strictSchema, openSchema } = await load(
      withSchemas({
        Strict: {
          type: 'object',
          additionalProperties: false,
          required: ['a'],
          properties: { a: { type: 'integer' }, b: { type: 'string' } },
        },
        Open: { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
      }),
    )
    expect(strictSchema!.parse({ a: 1 })).toEqual({ a: 1 })
    expect(strictSchema!.parse({ a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' })
    // Forward compatibility: a new field from the server is no error, and not passed on.
    expect(strictSchema!.parse({ a: 1, later: true })).toEqual({ a: 1 })
    expect(issuesOf(strictSchema!, { b: 'x' })).toEqual(['a: invalid_type'])
    expect(issuesOf(strictSchema!, { a: 1.5 })).toEqual(['a: invalid_type'])
    // `additionalProperties` absent: extra members are part of the value (e.g. RFC 9457 extensions).
    expect(openSchema!.parse({ a: 1, later: true })).toEqual({ a: 1, later: true })
  })

  it('supports enums, const, nullable type arrays and enums that list null', async () => {
    const v = await load(
      withSchemas({
        Kind: { type: 'string', enum: ['complaint', 'report'] },
        Always: { type: 'boolean', const: true },
        Rate: { type: ['number', 'null'], minimum: 0, maximum: 1 },
        Answer: { type: ['string', 'null'], enum: ['satisfied', 'dissatisfied', null] },
        Level: { enum: [1, 2, 3] },
      }),
    )
    expect(v.kindSchema!.safeParse('report').success).toBe(true)
    expect(issuesOf(v.kindSchema!, 'Report')).toEqual([': invalid_value'])
    expect(v.alwaysSchema!.safeParse(true).success).toBe(true)
    expect(v.alwaysSchema!.safeParse(false).success).toBe(false)
    expect([0, 0.5, 1, null].map((value) => v.rateSchema!.safeParse(value).success)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect([-0.1, 1.1, '0.5'].map((value) => v.rateSchema!.safeParse(value).success)).toEqual([
      false,
      false,
      false,
    ])
    expect([null, 'satisfied'].map((value) => v.answerSchema!.safeParse(value).success)).toEqual([true, true])
    expect(v.answerSchema!.safeParse('meh').success).toBe(false)
    expect([2, 4].map((value) => v.levelSchema!.safeParse(value).success)).toEqual([true, false])
  })

  it('turns oneOf with null into nullable, and a discriminator into a discriminated union', async () => {
    const v = await load(
      withSchemas({
        Unit: { type: 'string', minLength: 1 },
        MaybeUnit: { oneOf: [{ $ref: '#/components/schemas/Unit' }, { type: 'null' }] },
        Extension: {
          type: 'object',
          required: ['type', 'days'],
          properties: { type: { type: 'string', const: 'extension' }, days: { type: 'integer', minimum: 1 } },
        },
        Suspension: {
          type: 'object',
          required: ['type', 'reason'],
          properties: { type: { type: 'string', const: 'suspension' }, reason: { type: 'string' } },
        },
        Event: {
          oneOf: [{ $ref: '#/components/schemas/Extension' }, { $ref: '#/components/schemas/Suspension' }],
          discriminator: { propertyName: 'type' },
        },
        Either: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
      }),
    )
    expect([null, 'dg'].map((value) => v.maybeUnitSchema!.safeParse(value).success)).toEqual([true, true])
    expect(v.maybeUnitSchema!.safeParse('').success).toBe(false)
    expect(v.eventSchema!.safeParse({ type: 'extension', days: 3 }).success).toBe(true)
    expect(v.eventSchema!.safeParse({ type: 'suspension', reason: 'testing' }).success).toBe(true)
    // The discriminator picks the branch, so the issue names the branch's own field.
    expect(issuesOf(v.eventSchema!, { type: 'extension', days: 0 })).toEqual(['days: too_small'])
    expect(issuesOf(v.eventSchema!, { type: 'holiday' })).toEqual(['type: invalid_union'])
    expect([1, 'a', true].map((value) => v.eitherSchema!.safeParse(value).success)).toEqual([
      true,
      true,
      false,
    ])
  })

  it('checks arrays: items, minItems, maxItems and uniqueItems', async () => {
    const { listSchema } = await load(
      withSchemas({
        List: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'string' } },
      }),
    )
    expect(listSchema!.safeParse(['a', 'b']).success).toBe(true)
    expect(issuesOf(listSchema!, [])).toEqual([': too_small'])
    expect(issuesOf(listSchema!, ['a', 'b', 'c', 'd'])).toEqual([': too_big'])
    expect(issuesOf(listSchema!, ['a', 'a'])).toEqual([': custom'])
    expect(issuesOf(listSchema!, ['a', 1])).toEqual(['1: invalid_type'])
  })

  it('checks dates by the spec pattern, or by ISO 8601 when the format has no pattern', async () => {
    const v = await load(
      withSchemas({
        Timestamp: {
          type: 'string',
          format: 'date-time',
          pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00$',
        },
        Day: { type: 'string', format: 'date' },
        Instant: { type: 'string', format: 'date-time' },
        Path: { type: 'string', pattern: '^/api/[a-z]+$' },
      }),
    )
    expect(v.timestampSchema!.safeParse('2026-03-15T09:30:00+08:00').success).toBe(true)
    expect(v.timestampSchema!.safeParse('2026-03-15T01:30:00Z').success).toBe(false)
    expect(v.daySchema!.safeParse('2026-02-28').success).toBe(true)
    expect(v.daySchema!.safeParse('2026-02-30').success).toBe(false)
    expect(v.instantSchema!.safeParse('2026-03-15T01:30:00Z').success).toBe(true)
    expect(v.instantSchema!.safeParse('yesterday').success).toBe(false)
    // A `/` in a pattern is escaped in the regex literal.
    expect([`/api/me`, `/api/Me`].map((value) => v.pathSchema!.safeParse(value).success)).toEqual([
      true,
      false,
    ])
  })

  it('checks integers, bounds and minProperties', async () => {
    const v = await load(
      withSchemas({
        Year: { type: 'integer', minimum: 2004, maximum: 2100 },
        Share: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        Patch: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { note: { type: 'string' } },
        },
      }),
    )
    expect([2004, 2100, 2003, 2101, 2026.5].map((value) => v.yearSchema!.safeParse(value).success)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
    expect([0, 0.5, 1].map((value) => v.shareSchema!.safeParse(value).success)).toEqual([false, true, false])
    expect(v.patchSchema!.safeParse({ note: 'x' }).success).toBe(true)
    expect(v.patchSchema!.safeParse({}).success).toBe(false)
  })

  it("names an operation's inline 200/201 schema after the operation", async () => {
    const v = await load({
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            responses: {
              '200': {
                content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
              },
            },
          },
          post: {
            operationId: 'createThing',
            responses: { '201': { $ref: '#/components/responses/Thing' } },
          },
        },
      },
      components: {
        schemas: {},
        responses: {
          Thing: {
            content: {
              'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } },
            },
          },
        },
      },
    })
    expect(Object.keys(v).sort()).toEqual(['createThing201ResponseSchema', 'listThingsResponseSchema'])
    expect(
      generateValidatorFiles({ paths: {}, components: { schemas: { A: { type: 'string' } } } }),
    ).toHaveLength(2)
    expect(v.listThingsResponseSchema!.safeParse(['a']).success).toBe(true)
  })

  it('refuses what it does not support, instead of checking less than the spec says', () => {
    expect(() => generateValidators(withSchemas({ A: { allOf: [{ type: 'string' }] } }))).toThrow(
      '#/components/schemas/A: unsupported keyword allOf',
    )
    expect(() =>
      generateValidators(
        withSchemas({
          Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
        }),
      ),
    ).toThrow('Recursive schemas are not supported: Node → Node')
    expect(() => generateValidators(withSchemas({ A: { $ref: '#/components/schemas/Missing' } }))).toThrow(
      'A references Missing, which the spec does not define',
    )
    expect(() => generateValidators(withSchemas({ A: { type: 'string', pattern: '(' } }))).toThrow(
      'is not a valid regular expression',
    )
    expect(() => generateValidators(withSchemas({ A: { type: 'array' } }))).toThrow('an array needs `items`')
    expect(() =>
      generateValidators(withSchemas({ A: { type: 'object', required: ['b'], properties: {} } })),
    ).toThrow('required property b is not described')
  })
})
