/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { timestampSchema } from './timestamp.gen'

/**
 * Testing or appraisal (检测/鉴定): its working days do not count towards mediation, so the
 * mediation and closure deadlines move by `workingDays`.
 */
export const suspensionEventSchema = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal('suspension'),
  id: idSchema,
  reason: /* @__PURE__ */ z.enum(['testing', 'appraisal']),
  startedAt: timestampSchema,
  endedAt: nullableTimestampSchema,
  workingDays: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)),
})
