/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

export const idempotencyKeyValueSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.minLength(8),
    /* @__PURE__ */ z.maxLength(128),
    /* @__PURE__ */ z.regex(/^[\x21-\x7E]+$/u),
  )
