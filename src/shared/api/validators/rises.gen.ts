/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { countSchema } from './count.gen'
import { riseDimensionSchema } from './rise-dimension.gen'
import { riseMethodSchema } from './rise-method.gen'
import { riseRowSchema } from './rise-row.gen'
import { riseWeekSchema } from './rise-week.gen'

export const risesSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  dimension: riseDimensionSchema,
  method: riseMethodSchema,
  weeks: /* @__PURE__ */ z
    .array(riseWeekSchema)
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(26)),
  totalRows: countSchema,
  rows: /* @__PURE__ */ z.array(riseRowSchema).check(/* @__PURE__ */ z.maxLength(100)),
})
