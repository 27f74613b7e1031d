/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'
import { eventCodeSchema } from './event-code.gen'
import { eventKindSchema } from './event-kind.gen'

export const calendarEventSchema = /* @__PURE__ */ z.object({
  code: eventCodeSchema,
  kind: eventKindSchema,
  from: chinaDateSchema,
  to: chinaDateSchema,
})
