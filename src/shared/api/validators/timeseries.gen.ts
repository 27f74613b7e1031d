/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { intervalSchema } from './interval.gen'
import { metricSchema } from './metric.gen'
import { periodSchema } from './period.gen'
import { seriesSchema } from './series.gen'
import { valueKindSchema } from './value-kind.gen'

export const timeseriesSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  period: periodSchema,
  metric: metricSchema,
  valueKind: valueKindSchema,
  interval: intervalSchema,
  split: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['channel', 'kind'])),
  series: /* @__PURE__ */ z.array(seriesSchema),
})
