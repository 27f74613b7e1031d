/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { baselineMethodSchema } from './baseline-method.gen'
import { categoryCodeSchema } from './category-code.gen'
import { countSchema } from './count.gen'
import { districtCodeSchema } from './district-code.gen'

export const hotspotSchema = /* @__PURE__ */ z.object({
  category: categoryCodeSchema,
  district: districtCodeSchema,
  count: countSchema,
  baselineMean: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  baselineStdDev: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  threshold: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  surge: /* @__PURE__ */ z.boolean(),
  baselineMethod: baselineMethodSchema,
  zScore: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  change: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  keywords: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        term: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(50)),
        count: countSchema,
      }),
    )
    .check(/* @__PURE__ */ z.maxLength(10)),
})
