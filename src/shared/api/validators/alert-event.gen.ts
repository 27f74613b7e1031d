/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { alertEventActionSchema } from './alert-event-action.gen'
import { timestampSchema } from './timestamp.gen'

export const alertEventSchema = /* @__PURE__ */ z.object({
  action: alertEventActionSchema,
  at: timestampSchema,
  by: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  note: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(1000))),
})
