/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `previousPeriods` the periods of equal length just before; `sameHoliday` the same Golden Week in earlier years.
 */
export const baselineMethodSchema = /* @__PURE__ */ z.enum(['previousPeriods', 'sameHoliday'])
