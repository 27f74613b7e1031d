/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { districtCodeSchema } from './district-code.gen'
import { unitCodeSchema } from './unit-code.gen'

export const unitListSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      code: unitCodeSchema,
      name: /* @__PURE__ */ z.string(),
      district: districtCodeSchema,
    }),
  ),
})
