/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * `overdue` item, `dissatisfied` caller after rework, `leaderAttention` a leader's instruction.
 */
export const escalationReasonSchema = /* @__PURE__ */ z.enum(['overdue', 'dissatisfied', 'leaderAttention'])
