/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { categoryCodeSchema } from './category-code.gen'
import { channelCodeSchema } from './channel-code.gen'
import { districtCodeSchema } from './district-code.gen'
import { kindCodeSchema } from './kind-code.gen'
import { stageCodeSchema } from './stage-code.gen'
import { timestampSchema } from './timestamp.gen'

export const tickerSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  items: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        receivedAt: timestampSchema,
        kind: kindCodeSchema,
        channel: channelCodeSchema,
        category: categoryCodeSchema,
        district: /* @__PURE__ */ z.nullable(districtCodeSchema),
        stage: stageCodeSchema,
      }),
    )
    .check(/* @__PURE__ */ z.maxLength(50)),
})
