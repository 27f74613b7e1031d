/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { reportPeriodSchema } from './report-period.gen'
import { timestampSchema } from './timestamp.gen'

export const reportPublicationSchema = /* @__PURE__ */ z.object({
  period: reportPeriodSchema,
  from: chinaDateSchema,
  to: chinaDateSchema,
  status: /* @__PURE__ */ z.enum(['open', 'draft', 'published']),
  publicationDeadlineAt: timestampSchema,
  publishedAt: nullableTimestampSchema,
  publishedBy: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  onTime: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean()),
})
