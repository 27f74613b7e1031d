/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { baselineMethodSchema } from './baseline-method.gen'
import { categoryCodeSchema } from './category-code.gen'
import { chinaDateSchema } from './china-date.gen'
import { countSchema } from './count.gen'
import { districtCodeSchema } from './district-code.gen'

/**
 * A category's count over a week (`windowFrom`..`windowTo`, by receipt day) above `threshold`
 * = `baselineMean` + 2 × `baselineStdDev` (population standard deviation) of its baseline;
 * `district` `null` for the whole city. The baseline (`baselineMethod`) is the previous 8 weeks
 * (`previousPeriods`), leaving out weeks that overlap a Golden Week or the 7 days after one
 * (reaching further back only to keep at least 4), or,
 * for a week that overlaps a Golden Week (an official holiday of 5 days or more, joined by
 * holidays up to 7 days from it) or the 7 days after it, the same holiday in the 3 previous
 * years, aligned on its first day and moved by up to 7 days to the week with the same number
 * of holidays and working days (`sameHoliday`).
 * A spike also needs at least 20 items (city-wide) or 50 (one district) and at least double the
 * mean, so that noise and yearly growth are not alarms. The window shown is the latest one of
 * the spike.
 */
export const spikeDetailSchema = /* @__PURE__ */ z.object({
  category: categoryCodeSchema,
  district: /* @__PURE__ */ z.nullable(districtCodeSchema),
  windowFrom: chinaDateSchema,
  windowTo: chinaDateSchema,
  count: countSchema,
  baselineMean: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  baselineStdDev: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  threshold: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0)),
  baselineMethod: baselineMethodSchema,
})
