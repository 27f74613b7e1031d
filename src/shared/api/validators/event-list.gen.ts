/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { calendarEventSchema } from './calendar-event.gen'
import { periodSchema } from './period.gen'

export const eventListSchema = /* @__PURE__ */ z.object({
  period: periodSchema,
  items: /* @__PURE__ */ z.array(calendarEventSchema).check(/* @__PURE__ */ z.maxLength(500)),
})
