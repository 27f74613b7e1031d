/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { roleSchema } from './role.gen'
import { unitCodeSchema } from './unit-code.gen'

export const demoAccountListSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      username: /* @__PURE__ */ z.string(),
      password: /* @__PURE__ */ z.string(),
      role: roleSchema,
      unit: /* @__PURE__ */ z.nullable(unitCodeSchema),
    }),
  ),
})
