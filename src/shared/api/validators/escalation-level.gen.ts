/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * How high a supervision is pursued: `general` 一般督办 (the hotline center follows it up),
 * `key` 重点督办 (a deputy director follows it up and the unit reports in writing), `listed`
 * 挂牌督办 (named publicly on the monthly list until closed). The supervisions the model city
 * opens by itself for overdue items are `general`.
 */
export const escalationLevelSchema = /* @__PURE__ */ z.enum(['general', 'key', 'listed'])
