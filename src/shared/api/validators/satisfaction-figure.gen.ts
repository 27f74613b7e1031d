/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { rateSchema } from './rate.gen'

/**
 * Follow-up calls (回访) answered in the period, by call day: `surveyed` calls with an answer,
 * `satisfied` those satisfied, `rate` = `satisfied` ÷ `surveyed`. Unreachable people do not count.
 */
export const satisfactionFigureSchema = /* @__PURE__ */ z.object({
  surveyed: countSchema,
  satisfied: countSchema,
  rate: rateSchema,
})
