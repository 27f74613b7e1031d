/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { alertSummarySchema } from './alert-summary.gen'
import { asOfSchema } from './as-of.gen'
import { countSchema } from './count.gen'
import { nextCursorSchema } from './next-cursor.gen'

export const alertSummaryPageSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  items: /* @__PURE__ */ z.array(alertSummarySchema).check(/* @__PURE__ */ z.maxLength(500)),
  nextCursor: nextCursorSchema,
  total: countSchema,
})
