/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { categoryCodeSchema } from './category-code.gen'
import { channelCodeSchema } from './channel-code.gen'
import { deadlineEventSchema } from './deadline-event.gen'
import { districtCodeSchema } from './district-code.gen'
import { escalationSchema } from './escalation.gen'
import { fenSchema } from './fen.gen'
import { kindCodeSchema } from './kind-code.gen'
import { maskedContactSchema } from './masked-contact.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { plainTextSchema } from './plain-text.gen'
import { reminderSchema } from './reminder.gen'
import { resolutionSchema } from './resolution.gen'
import { stageCodeSchema } from './stage-code.gen'
import { stageStateSchema } from './stage-state.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

export const workOrderDetailSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  id: workOrderIdSchema,
  kind: kindCodeSchema,
  channel: channelCodeSchema,
  district: districtCodeSchema,
  category: categoryCodeSchema,
  unit: unitCodeSchema,
  receivedAt: timestampSchema,
  stage: stageCodeSchema,
  dueAt: nullableTimestampSchema,
  closed: /* @__PURE__ */ z.boolean(),
  closedAt: nullableTimestampSchema,
  overdue: /* @__PURE__ */ z.boolean(),
  atRisk: /* @__PURE__ */ z.boolean(),
  supervised: /* @__PURE__ */ z.boolean(),
  overdueSince: nullableTimestampSchema,
  consumerAssociation: /* @__PURE__ */ z.boolean(),
  summary: plainTextSchema,
  businessName: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200)),
  stages: /* @__PURE__ */ z.array(stageStateSchema),
  events: /* @__PURE__ */ z.array(deadlineEventSchema),
  reminders: /* @__PURE__ */ z.array(reminderSchema),
  supervisions: /* @__PURE__ */ z.array(escalationSchema),
  resolution: /* @__PURE__ */ z.nullable(resolutionSchema),
  recoveredFen: fenSchema,
  disputedFen: fenSchema,
  complaintToCase: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)),
  ),
  satisfaction: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['satisfied', 'dissatisfied'])),
  contact: maskedContactSchema,
})
