/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { idSchema } from './id.gen'
import { nullableTimestampSchema } from './nullable-timestamp.gen'
import { plainTextSchema } from './plain-text.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'

/**
 * A ticket the unit returned as not its own (due within 2 working days of dispatch: a later
 * return is itself late) and its re-dispatch; the new unit's limits count from the re-dispatch.
 */
export const returnEventSchema = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal('return'),
  id: idSchema,
  fromUnit: unitCodeSchema,
  toUnit: /* @__PURE__ */ z.nullable(unitCodeSchema),
  returnedAt: timestampSchema,
  returnDeadlineAt: timestampSchema,
  redispatchedAt: nullableTimestampSchema,
  reason: plainTextSchema,
})
