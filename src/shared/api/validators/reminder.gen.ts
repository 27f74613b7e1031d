/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { idSchema } from './id.gen'
import { reminderMethodSchema } from './reminder-method.gen'
import { timestampSchema } from './timestamp.gen'
import { workOrderIdSchema } from './work-order-id.gen'

/**
 * 催办, a reminder to the handling unit.
 */
export const reminderSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  workOrderId: workOrderIdSchema,
  at: timestampSchema,
  method: reminderMethodSchema,
  by: /* @__PURE__ */ z.string(),
  note: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(500)),
})
