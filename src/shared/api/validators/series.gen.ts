/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { seriesPointSchema } from './series-point.gen'

export const seriesSchema = /* @__PURE__ */ z.object({
  key: /* @__PURE__ */ z.string(),
  points: /* @__PURE__ */ z.array(seriesPointSchema),
})
