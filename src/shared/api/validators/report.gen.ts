/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { breakdownRowSchema } from './breakdown-row.gen'
import { chinaDateSchema } from './china-date.gen'
import { hotspotSchema } from './hotspot.gen'
import { kpiComparisonSchema } from './kpi-comparison.gen'
import { kpiSummarySchema } from './kpi-summary.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { reportPeriodSchema } from './report-period.gen'
import { reportTypeSchema } from './report-type.gen'
import { sixTimelySchema } from './six-timely.gen'
import { timestampSchema } from './timestamp.gen'

export const reportSchema = /* @__PURE__ */ z.object({
  type: reportTypeSchema,
  period: reportPeriodSchema,
  from: chinaDateSchema,
  to: chinaDateSchema,
  asOf: asOfSchema,
  status: /* @__PURE__ */ z.enum(['open', 'draft', 'published']),
  publicationDeadlineAt: timestampSchema,
  publishedAt: nullableTimestampSchema,
  publishedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  onTime: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean()),
  summary: kpiSummarySchema,
  yearAgo: kpiComparisonSchema,
  sixTimely: sixTimelySchema,
  channels: /* @__PURE__ */ z.array(breakdownRowSchema),
  kinds: /* @__PURE__ */ z.array(breakdownRowSchema),
  topCategories: /* @__PURE__ */ z.array(breakdownRowSchema).check(/* @__PURE__ */ z.maxLength(5)),
  districts: /* @__PURE__ */ z.array(breakdownRowSchema),
  units: /* @__PURE__ */ z.array(breakdownRowSchema),
  bestUnits: /* @__PURE__ */ z.array(breakdownRowSchema).check(/* @__PURE__ */ z.maxLength(5)),
  worstUnits: /* @__PURE__ */ z.array(breakdownRowSchema).check(/* @__PURE__ */ z.maxLength(5)),
  hotspots: /* @__PURE__ */ z.array(hotspotSchema).check(/* @__PURE__ */ z.maxLength(20)),
})
