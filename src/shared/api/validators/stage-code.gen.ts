/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * A stage of the closed loop. Complaints: received → dispatched → signed → accepted (the
 * initial review's acceptance decision) → mediated → closed → replied → followUp. Reports:
 * received → dispatched → signed → verified → closed → replied → followUp. Consultations:
 * received → answered → closed. Dispatch comes before the acceptance decision because the
 * handling unit decides it.
 */
export const stageCodeSchema = /* @__PURE__ */ z.enum([
  'received',
  'dispatched',
  'signed',
  'accepted',
  'verified',
  'answered',
  'mediated',
  'closed',
  'replied',
  'followUp',
])
