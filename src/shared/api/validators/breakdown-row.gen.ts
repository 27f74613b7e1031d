/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'

export const breakdownRowSchema = /* @__PURE__ */ z.object({
  key: /* @__PURE__ */ z.string(),
  rank: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
  value: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0))),
  numerator: /* @__PURE__ */ z.optional(countSchema),
  denominator: /* @__PURE__ */ z.optional(countSchema),
  comparisonValue: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0))),
  ),
  change: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number())),
  changeRatio: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number())),
})
