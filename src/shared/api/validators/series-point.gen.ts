/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'
import { countSchema } from './count.gen'

export const seriesPointSchema = /* @__PURE__ */ z.object({
  start: chinaDateSchema,
  end: chinaDateSchema,
  value: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0))),
  numerator: /* @__PURE__ */ z.optional(countSchema),
  denominator: /* @__PURE__ */ z.optional(countSchema),
})
