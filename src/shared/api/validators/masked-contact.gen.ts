/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * The complainant's or real-name reporter's contact, masked: the surname and a fixed `**`
 * (`王**`, so the given name's length is not revealed), the phone's first 3 and last 4 digits
 * (`138****5678`). `null` fields for an anonymous reporter.
 */
export const maskedContactSchema = /* @__PURE__ */ z.object({
  masked: /* @__PURE__ */ z.literal(true),
  name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  phone: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{3}\*{4}\d{4}$/u)),
  ),
})
