/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * How the item ended: `mediated` agreement reached (调解成功), `terminated` mediation ended
 * without agreement, notice sent, `refused` complaint not accepted, notice sent, `withdrawn`
 * by the consumer, `reportDecided` report verified and decided without a case, `caseFiled` a
 * penalty case was filed, `answered` consultation answered.
 */
export const resolutionSchema = /* @__PURE__ */ z.enum([
  'mediated',
  'terminated',
  'refused',
  'withdrawn',
  'reportDecided',
  'caseFiled',
  'answered',
])
