/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `complaint` 投诉 (a consumer asks for a dispute to be settled; mediation), `report` 举报 (a
 * lead about a suspected violation; verification), `consultation` 咨询 (a question; answered).
 */
export const kindCodeSchema = /* @__PURE__ */ z.enum(['complaint', 'report', 'consultation'])
