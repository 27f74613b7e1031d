/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'
import { escalationLevelSchema } from './escalation-level.gen'
import { escalationReasonSchema } from './escalation-reason.gen'
import { workOrderIdSchema } from './work-order-id.gen'

export const newEscalationSchema = /* @__PURE__ */ z.object({
  workOrderId: workOrderIdSchema,
  reason: escalationReasonSchema,
  level: /* @__PURE__ */ z.optional(escalationLevelSchema),
  dueDate: /* @__PURE__ */ z.optional(chinaDateSchema),
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000))),
})
