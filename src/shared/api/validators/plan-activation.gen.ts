/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { planCodeSchema } from './plan-code.gen'
import { timestampSchema } from './timestamp.gen'

export const planActivationSchema = /* @__PURE__ */ z.object({
  plan: planCodeSchema,
  lead: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(50)),
  startsAt: /* @__PURE__ */ z.optional(timestampSchema),
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000))),
})
