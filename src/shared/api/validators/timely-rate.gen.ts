/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { metricSchema } from './metric.gen'
import { rateSchema } from './rate.gen'
import { timelyDefinitionSchema } from './timely-definition.gen'

export const timelyRateSchema = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.enum(['acceptance', 'dispatch', 'handling', 'supervision', 'reply', 'analysis']),
  metric: /* @__PURE__ */ z.nullable(metricSchema),
  numerator: countSchema,
  denominator: countSchema,
  rate: rateSchema,
  target: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(1)),
  definition: timelyDefinitionSchema,
  parts: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      code: /* @__PURE__ */ z.enum([
        'acceptanceDecision',
        'registration',
        'routedCorrectly',
        'remindedInWindow',
        'supervisedWhenOverdue',
        'terminationNotice',
        'reporterNotice',
        'followUpCall',
        'reportPublication',
        'spikeWarning',
      ]),
      numerator: countSchema,
      denominator: countSchema,
      rate: rateSchema,
    }),
  ),
})
