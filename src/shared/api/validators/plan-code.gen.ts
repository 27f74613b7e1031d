/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * A response plan: `taskForce` a dedicated task force sent to the front line (工作专班),
 * `holidayDuty` reinforced holiday duty, `massComplaint` the plan for mass complaints against
 * one business, `foodSafetyIncident` the food-safety incident plan.
 */
export const planCodeSchema = /* @__PURE__ */ z.enum([
  'taskForce',
  'holidayDuty',
  'massComplaint',
  'foodSafetyIncident',
])
