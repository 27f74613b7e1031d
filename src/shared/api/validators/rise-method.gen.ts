/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'

/**
 * The method's parameters, so that the page states the method the API used.
 */
export const riseMethodSchema = /* @__PURE__ */ z.object({
  weeks: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(26)),
  baselineWeeks: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
  holidayYears: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
  sigma: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  minCount: countSchema,
  minRise: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  rowCap: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1))),
})
