/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * A step in an alert's life: `raised` and `cleared` by the system (no actor, no note);
 * `acknowledged`, `planActivated` and `resolved` by a director.
 */
export const alertEventActionSchema = /* @__PURE__ */ z.enum([
  'raised',
  'acknowledged',
  'planActivated',
  'cleared',
  'resolved',
])
