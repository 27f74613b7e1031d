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
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

export const returnedTicketSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  workOrderId: workOrderIdSchema,
  kind: kindCodeSchema,
  fromUnit: unitCodeSchema,
  returnedAt: timestampSchema,
  returnDeadlineAt: timestampSchema,
  onTime: /* @__PURE__ */ z.boolean(),
  reason: plainTextSchema,
  status: decisionStatusSchema,
  toUnit: /* @__PURE__ */ z.nullable(unitCodeSchema),
  decidedAt: nullableTimestampSchema,
  decidedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  decisionNote: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000)),
  ),
})
