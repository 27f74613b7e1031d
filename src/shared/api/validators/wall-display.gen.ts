/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { timestampSchema } from './timestamp.gen'

export const wallDisplaySchema = /* @__PURE__ */ z.object({
  deviceId: /* @__PURE__ */ z.string(),
  appVersion: /* @__PURE__ */ z.string(),
  scene: /* @__PURE__ */ z.string(),
  dataAsOf: nullableTimestampSchema,
  lastSeenAt: timestampSchema,
  quiet: /* @__PURE__ */ z.boolean(),
})
