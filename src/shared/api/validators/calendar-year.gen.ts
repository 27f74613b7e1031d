/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'

export const calendarYearSchema = /* @__PURE__ */ z.object({
  year: /* @__PURE__ */ z.int(),
  assumed: /* @__PURE__ */ z.boolean(),
  sourceKind: /* @__PURE__ */ z.enum(['data', 'package', 'assumed']),
  source: /* @__PURE__ */ z.string(),
  holidays: /* @__PURE__ */ z.array(chinaDateSchema),
  makeUpWorkdays: /* @__PURE__ */ z.array(chinaDateSchema),
})
