/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `yellowCard` an item in the warning window, `redCard` an item overdue, `spike` a category above its baseline.
 */
export const alertTypeSchema = /* @__PURE__ */ z.enum(['yellowCard', 'redCard', 'spike'])
