/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { nullableTimestampSchema } from './nullable-timestamp.gen'

export const wallDisplayReportSchema = /* @__PURE__ */ z.object({
  appVersion: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(40)),
  scene: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z][a-zA-Z-]{0,39}$/u)),
  dataAsOf: nullableTimestampSchema,
})
