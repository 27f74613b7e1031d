/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `open`, `acknowledged` by a director, `planActivated` (a response plan under way),
 * `cleared` (set by the system: the cause went away, items done or spike over) or `resolved`
 * (a director recorded what was done; final). See the lifecycle in `GET /alerts`.
 */
export const alertStatusSchema = /* @__PURE__ */ z.enum([
  'open',
  'acknowledged',
  'planActivated',
  'cleared',
  'resolved',
])
