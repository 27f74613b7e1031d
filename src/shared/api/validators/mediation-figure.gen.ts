/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { rateSchema } from './rate.gen'

/**
 * Complaint mediations (调解) that ended in the period (by end day): `concluded` ended by
 * agreement or termination, `succeeded` by agreement, `rate` = `succeeded` ÷ `concluded`.
 */
export const mediationFigureSchema = /* @__PURE__ */ z.object({
  concluded: countSchema,
  succeeded: countSchema,
  rate: rateSchema,
})
