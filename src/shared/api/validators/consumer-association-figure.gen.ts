/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { fenSchema } from './fen.gen'
import { rateSchema } from './rate.gen'

/**
 * The consumer association's (消协) own intake, shown separately: `received` complaints by
 * receipt day; `due` and `resolved` as in the resolution figure, restricted to the
 * association's items; `resolutionRate` = `resolved` ÷ `due`; `recoveredFen` over its items
 * closed in the period.
 */
export const consumerAssociationFigureSchema = /* @__PURE__ */ z.object({
  received: countSchema,
  due: countSchema,
  resolved: countSchema,
  resolutionRate: rateSchema,
  recoveredFen: fenSchema,
})
