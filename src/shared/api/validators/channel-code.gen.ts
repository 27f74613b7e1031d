/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * Intake channel: `hotline12345` the city's 12345 service hotline, `platform12315` the national
 * 12315 platform, `directorMailbox` the director's mailbox (局长信箱), `callsLetters` calls and
 * letters (来电来函).
 */
export const channelCodeSchema = /* @__PURE__ */ z.enum([
  'hotline12345',
  'platform12315',
  'directorMailbox',
  'callsLetters',
])
