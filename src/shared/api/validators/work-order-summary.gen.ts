/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { categoryCodeSchema } from './category-code.gen'
import { channelCodeSchema } from './channel-code.gen'
import { countSchema } from './count.gen'
import { districtCodeSchema } from './district-code.gen'
import { fenSchema } from './fen.gen'
import { kindCodeSchema } from './kind-code.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { plainTextSchema } from './plain-text.gen'
import { stageCodeSchema } from './stage-code.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'
import { workOrderIdSchema } from './work-order-id.gen'

/**
 * A list row. No personal data.
 */
export const workOrderSummarySchema = /* @__PURE__ */ z.object({
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
  recoveredFen: fenSchema,
  reminderCount: countSchema,
  summary: plainTextSchema,
  businessName: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200)),
})
