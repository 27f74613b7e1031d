/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'
import { escalationLevelSchema } from './escalation-level.gen'
import { escalationReasonSchema } from './escalation-reason.gen'
import { escalationStatusSchema } from './escalation-status.gen'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

/**
 * 督办, a formal supervision order, tracked to closure.
 */
export const escalationSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  workOrderId: workOrderIdSchema,
  unit: unitCodeSchema,
  reason: escalationReasonSchema,
  level: escalationLevelSchema,
  status: escalationStatusSchema,
  openedAt: timestampSchema,
  openedBy: /* @__PURE__ */ z.string(),
  openedById: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  dueDate: /* @__PURE__ */ z.nullable(chinaDateSchema),
  note: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000)),
  closedAt: nullableTimestampSchema,
  closedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  progress: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      at: timestampSchema,
      by: /* @__PURE__ */ z.string(),
      note: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000)),
    }),
  ),
})
