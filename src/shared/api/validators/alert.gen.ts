/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { alertEventSchema } from './alert-event.gen'
import { alertStatusSchema } from './alert-status.gen'
import { alertTypeSchema } from './alert-type.gen'
import { countSchema } from './count.gen'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { planCodeSchema } from './plan-code.gen'
import { spikeDetailSchema } from './spike-detail.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

export const alertSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  type: alertTypeSchema,
  status: alertStatusSchema,
  raisedAt: timestampSchema,
  workOrderIds: /* @__PURE__ */ z.array(workOrderIdSchema).check(/* @__PURE__ */ z.maxLength(500)),
  itemCount: countSchema,
  unit: /* @__PURE__ */ z.nullable(unitCodeSchema),
  deadlineAt: nullableTimestampSchema,
  spike: /* @__PURE__ */ z.nullable(spikeDetailSchema),
  acknowledgedAt: nullableTimestampSchema,
  acknowledgedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  plan: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      code: planCodeSchema,
      activatedAt: timestampSchema,
      activatedBy: /* @__PURE__ */ z.string(),
      lead: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(50)),
      startsAt: timestampSchema,
      note: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000)),
    }),
  ),
  resolvedAt: nullableTimestampSchema,
  resolvedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  resolution: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000))),
  history: /* @__PURE__ */ z
    .array(alertEventSchema)
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(5)),
})
