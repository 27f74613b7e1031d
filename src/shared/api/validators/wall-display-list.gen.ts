/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { wallDisplaySchema } from './wall-display.gen'

export const wallDisplayListSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  quietAfterSeconds: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
  items: /* @__PURE__ */ z.array(wallDisplaySchema),
})
