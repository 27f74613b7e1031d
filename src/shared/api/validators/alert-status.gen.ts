/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `open`, `acknowledged` by a director, `planActivated`, or `cleared` (the cause went away: item done, spike over).
 */
export const alertStatusSchema = /* @__PURE__ */ z.enum(['open', 'acknowledged', 'planActivated', 'cleared'])
