/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { extensionEventSchema } from './extension-event.gen'
import { returnEventSchema } from './return-event.gen'
import { suspensionEventSchema } from './suspension-event.gen'

/**
 * An event that moved a deadline.
 */
export const deadlineEventSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  extensionEventSchema,
  suspensionEventSchema,
  returnEventSchema,
])
