/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'

/**
 * The period the figures cover, both days included.
 */
export const periodSchema = /* @__PURE__ */ z.object({ from: chinaDateSchema, to: chinaDateSchema })
