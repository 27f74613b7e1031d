/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { breakdownRowSchema } from './breakdown-row.gen'
import { compareBasisSchema } from './compare-basis.gen'
import { comparisonAsOfSchema } from './comparison-as-of.gen'
import { countSchema } from './count.gen'
import { dimensionSchema } from './dimension.gen'
import { metricSchema } from './metric.gen'
import { periodSchema } from './period.gen'
import { valueKindSchema } from './value-kind.gen'

export const breakdownSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  period: periodSchema,
  dimension: dimensionSchema,
  metric: metricSchema,
  valueKind: valueKindSchema,
  comparison: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({ basis: compareBasisSchema, period: periodSchema, asOf: comparisonAsOfSchema }),
  ),
  rows: /* @__PURE__ */ z.array(breakdownRowSchema),
  suppressedRows: countSchema,
})
