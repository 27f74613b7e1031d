/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { stageCodeSchema } from './stage-code.gen'

/**
 * One stage: `deadlineAt` ends at 24:00 China time of its last working day (`null` when the
 * stage has no limit); `completedAt` `null` until done at `asOf`; `onTime` true when done by
 * the deadline, false when done late or still open past it, `null` while open and not yet due
 * or without a limit.
 */
export const stageStateSchema = /* @__PURE__ */ z.object({
  code: stageCodeSchema,
  deadlineAt: nullableTimestampSchema,
  completedAt: nullableTimestampSchema,
  onTime: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean()),
})
