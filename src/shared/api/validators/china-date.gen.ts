/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * A China day, `YYYY-MM-DD` (Asia/Shanghai civil date).
 */
export const chinaDateSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/^\d{4}-\d{2}-\d{2}$/u))
