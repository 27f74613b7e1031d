/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * One side of a figure (see the `outcome` parameter of `GET /work-orders`); `all` is the whole figure.
 */
export const outcomeSchema = /* @__PURE__ */ z.enum([
  'all',
  'onTime',
  'late',
  'resolved',
  'unresolved',
  'satisfied',
  'dissatisfied',
  'succeeded',
  'failed',
])
