/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

export const parameterErrorSchema = /* @__PURE__ */ z.object({
  in: /* @__PURE__ */ z.enum(['query', 'path', 'header', 'body']),
  parameter: /* @__PURE__ */ z.string(),
  code: /* @__PURE__ */ z.enum([
    'required',
    'unknown',
    'format',
    'enum',
    'range',
    'order',
    'span',
    'combination',
  ]),
  message: /* @__PURE__ */ z.string(),
})
