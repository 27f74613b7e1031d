/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * The contact unmasked (`POST /work-orders/{id}/contact`); the access is logged.
 */
export const contactSchema = /* @__PURE__ */ z.object({
  masked: /* @__PURE__ */ z.literal(false),
  name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  phone: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
})
