/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * What a metric's values are: a `count`, a `rate` (0..1 or null) or an amount in `fen`.
 */
export const valueKindSchema = /* @__PURE__ */ z.enum(['count', 'rate', 'fen'])
