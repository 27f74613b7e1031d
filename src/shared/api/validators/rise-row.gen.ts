/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { riseCellSchema } from './rise-cell.gen'

export const riseRowSchema = /* @__PURE__ */ z.object({
  key: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  cells: /* @__PURE__ */ z
    .array(riseCellSchema)
    .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(26)),
})
