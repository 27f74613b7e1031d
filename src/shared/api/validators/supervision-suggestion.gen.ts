/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { workOrderSummarySchema } from './work-order-summary.gen'

/**
 * An item suggested for supervision and what ranks it.
 */
export const supervisionSuggestionSchema = /* @__PURE__ */ z.object({
  workOrder: workOrderSummarySchema,
  overdueWorkingDays: countSchema,
})
