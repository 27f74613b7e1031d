/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { timestampSchema } from './timestamp.gen'

/**
 * The instant the figures were computed for; anything completed later counts as not done.
 */
export const asOfSchema = timestampSchema
