/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { decisionStatusSchema } from './decision-status.gen'
import { idSchema } from './id.gen'
import { kindCodeSchema } from './kind-code.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { plainTextSchema } from './plain-text.gen'
import { stageCodeSchema } from './stage-code.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

export const extensionRequestSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  workOrderId: workOrderIdSchema,
  kind: kindCodeSchema,
  unit: unitCodeSchema,
  stage: stageCodeSchema,
  requestedAt: timestampSchema,
  extraWorkingDays: /* @__PURE__ */ z
    .int()
    .check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(30)),
  reason: plainTextSchema,
  status: decisionStatusSchema,
  deadlineAt: timestampSchema,
  deadlineIfApproved: timestampSchema,
  decidedAt: nullableTimestampSchema,
  decidedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  decisionNote: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000)),
  ),
})
