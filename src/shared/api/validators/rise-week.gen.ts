/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { baselineMethodSchema } from './baseline-method.gen'
import { chinaDateSchema } from './china-date.gen'

export const riseWeekSchema = /* @__PURE__ */ z.object({
  from: chinaDateSchema,
  to: chinaDateSchema,
  baselineMethod: baselineMethodSchema,
})
