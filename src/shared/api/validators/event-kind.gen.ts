/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

export const eventKindSchema = /* @__PURE__ */ z.enum([
  'holiday',
  'consumerDay',
  'shoppingFestival',
  'touristSeason',
])
