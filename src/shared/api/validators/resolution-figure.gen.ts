/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { rateSchema } from './rate.gen'

/**
 * **Proposal** (处结率): of the closure figure's `due` items (complaints and reports whose
 * closure deadline fell in the period, outcome known at `asOf`), those `resolved` in any way
 * (mediated, terminated with notice, refused with notice, withdrawn, report decided, case
 * filed); `rate` = `resolved` ÷ `due`.
 */
export const resolutionFigureSchema = /* @__PURE__ */ z.object({
  due: countSchema,
  resolved: countSchema,
  rate: rateSchema,
})
