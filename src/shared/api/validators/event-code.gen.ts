/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * An event's stable code (see `GET /events`); the UI translates it.
 */
export const eventCodeSchema = /* @__PURE__ */ z.enum([
  'newYear',
  'springFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
  'consumerRightsDay',
  'shopping618',
  'double11',
  'double12',
  'beachSeason',
])
