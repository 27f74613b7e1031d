/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { hotspotSchema } from './hotspot.gen'
import { periodSchema } from './period.gen'

export const hotspotsSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  period: periodSchema,
  items: /* @__PURE__ */ z.array(hotspotSchema).check(/* @__PURE__ */ z.maxLength(20)),
})
