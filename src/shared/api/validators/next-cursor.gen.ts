/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * Pass as `cursor` for the next page; `null` on the last page.
 */
export const nextCursorSchema = /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())
