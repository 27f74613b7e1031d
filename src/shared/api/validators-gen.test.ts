// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod/mini'
import { validatorModulesDir } from './codegen/openapi-to-zod'
import { apiDirUrl, renderValidators } from './codegen/render-validators'
import type { components } from './schema.gen'
import type * as validators from './validators.gen'

type Schemas = components['schemas']

/** The generated validator's output type and openapi-typescript's type accept each other's values. */
type Agrees<Validator extends z.ZodMiniType, Type> = [z.infer<Validator>] extends [Type]
  ? [Type] extends [z.infer<Validator>]
    ? true
    : false
  : false

describe('src/shared/api/validators.gen.ts and validators/*.gen.ts', () => {
  it('is what the generator makes of public/openapi.yaml', { timeout: 30_000 }, async () => {
    const expected = await renderValidators()
    const stale = expected.filter((file) => {
      try {
        return readFileSync(new URL(file.path, apiDirUrl), 'utf8') !== file.source
      } catch {
        return true
      }
    })
    const generated = new Set(expected.map((file) => file.path))
    const leftOver = readdirSync(new URL(`${validatorModulesDir}/`, apiDirUrl))
      .map((name) => `${validatorModulesDir}/${name}`)
      .filter((path) => !generated.has(path))
    // The files' names are enough to start from; a diff of all of them would bury the message.
    if (stale.length > 0 || leftOver.length > 0) {
      expect.fail(
        'src/shared/api/validators.gen.ts and validators/ are out of date with public/openapi.yaml ' +
          `(differs: ${stale.map((file) => file.path).join(', ') || 'none'}; left over: ${leftOver.join(', ') || 'none'}): ` +
          'run `npm run api:types`',
      )
    }
  })

  it('validates to the same types as schema.gen.ts (openapi-typescript)', () => {
    // Checked by the type checker (`tsc -b` covers test files); the assertions document it.
    expectTypeOf<Agrees<typeof validators.kpiSummarySchema, Schemas['KpiSummary']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.meSchema, Schemas['Me']>>().toEqualTypeOf<true>()
    expectTypeOf<
      Agrees<typeof validators.workOrderPageSchema, Schemas['WorkOrderPage']>
    >().toEqualTypeOf<true>()
    expectTypeOf<
      Agrees<typeof validators.workOrderDetailSchema, Schemas['WorkOrderDetail']>
    >().toEqualTypeOf<true>()
    expectTypeOf<
      Agrees<typeof validators.deadlineEventSchema, Schemas['DeadlineEvent']>
    >().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.timeseriesSchema, Schemas['Timeseries']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.breakdownSchema, Schemas['Breakdown']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.problemSchema, Schemas['Problem']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.alertSchema, Schemas['Alert']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.reportSchema, Schemas['Report']>>().toEqualTypeOf<true>()
    expectTypeOf<Agrees<typeof validators.rateSchema, Schemas['Rate']>>().toEqualTypeOf<true>()
    // And a mismatch is caught: the check is not vacuous.
    expectTypeOf<Agrees<typeof validators.receivedSchema, Schemas['OpenFigure']>>().toEqualTypeOf<false>()
  })
})
