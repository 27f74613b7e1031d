/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { decisionStatusSchema } from './decision-status.gen'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { plainTextSchema } from './plain-text.gen'
import { timestampSchema } from './timestamp.gen'

/**
 * An extension of the closure (or verification) limit requested by the unit: the deadline
 * moves by `extraWorkingDays` once approved, and not otherwise.
 */
export const extensionEventSchema = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal('extension'),
  id: idSchema,
  requestedAt: timestampSchema,
  extraWorkingDays: /* @__PURE__ */ z
    .int()
    .check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(30)),
  reason: plainTextSchema,
  status: decisionStatusSchema,
  decidedAt: nullableTimestampSchema,
  decidedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
})
