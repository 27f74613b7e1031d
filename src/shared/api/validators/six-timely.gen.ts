/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { periodSchema } from './period.gen'
import { timelyRateSchema } from './timely-rate.gen'

/**
 * **Proposal**: the six timely rates (see `GET /kpis/six-timely`), in the order acceptance, dispatch, handling, supervision, reply, analysis.
 */
export const sixTimelySchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  period: periodSchema,
  items: /* @__PURE__ */ z
    .array(timelyRateSchema)
    .check(/* @__PURE__ */ z.minLength(6), /* @__PURE__ */ z.maxLength(6)),
})
