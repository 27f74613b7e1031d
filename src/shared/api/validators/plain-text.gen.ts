/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * Free text, possibly from the public. Plain text only; never render it as HTML.
 */
export const plainTextSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000))
