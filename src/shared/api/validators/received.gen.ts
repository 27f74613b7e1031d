/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'

/**
 * Items received in the period, by receipt day: `total` = `complaints` + `reports` + `consultations`.
 */
export const receivedSchema = /* @__PURE__ */ z.object({
  total: countSchema,
  complaints: countSchema,
  reports: countSchema,
  consultations: countSchema,
})
