/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'

export const riseCellSchema = /* @__PURE__ */ z.object({
  count: countSchema,
  baselineMean: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  baselineStdDev: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  threshold: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  zScore: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  rising: /* @__PURE__ */ z.boolean(),
})
