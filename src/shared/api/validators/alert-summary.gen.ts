/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { alertStatusSchema } from './alert-status.gen'
import { alertTypeSchema } from './alert-type.gen'
import { categoryCodeSchema } from './category-code.gen'
import { countSchema } from './count.gen'
import { districtCodeSchema } from './district-code.gen'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { planCodeSchema } from './plan-code.gen'
import { spikeDetailSchema } from './spike-detail.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'

/**
 * An alert without anything identifying (see `GET /alert-summaries`): no work-order ids, no
 * names of people (not the plan's lead either), no notes, no history.
 */
export const alertSummarySchema = /* @__PURE__ */ z.object({
  id: idSchema,
  type: alertTypeSchema,
  status: alertStatusSchema,
  raisedAt: timestampSchema,
  itemCount: countSchema,
  unit: /* @__PURE__ */ z.nullable(unitCodeSchema),
  district: /* @__PURE__ */ z.nullable(districtCodeSchema),
  category: /* @__PURE__ */ z.nullable(categoryCodeSchema),
  deadlineAt: nullableTimestampSchema,
  spike: /* @__PURE__ */ z.nullable(spikeDetailSchema),
  acknowledgedAt: nullableTimestampSchema,
  planCode: /* @__PURE__ */ z.nullable(planCodeSchema),
  planActivatedAt: nullableTimestampSchema,
  resolvedAt: nullableTimestampSchema,
  businesses: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200)),
        count: countSchema,
      }),
    )
    .check(/* @__PURE__ */ z.maxLength(3)),
})
