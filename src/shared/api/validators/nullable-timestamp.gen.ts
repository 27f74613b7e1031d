/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { timestampSchema } from './timestamp.gen'

/**
 * A timestamp, or `null` when the thing has not happened (at `asOf`).
 */
export const nullableTimestampSchema = /* @__PURE__ */ z.nullable(timestampSchema)
