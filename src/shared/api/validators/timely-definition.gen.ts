/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { kindCodeSchema } from './kind-code.gen'
import { timeLimitSchema } from './time-limit.gen'

/**
 * The machine-readable part of a timely rate's definition; the text is in the operation's description.
 */
export const timelyDefinitionSchema = /* @__PURE__ */ z.object({
  proposal: /* @__PURE__ */ z.literal(true),
  timeLimit: timeLimitSchema,
  kinds: /* @__PURE__ */ z.array(kindCodeSchema),
  periodBasis: /* @__PURE__ */ z.enum(['deadline']),
})
