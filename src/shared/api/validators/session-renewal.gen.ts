/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { timestampSchema } from './timestamp.gen'

export const sessionRenewalSchema = /* @__PURE__ */ z.object({
  sessionExpiresAt: timestampSchema,
  sessionLifetimeSeconds: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
})
