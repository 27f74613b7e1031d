/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { chinaDateSchema } from './china-date.gen'
import { periodSchema } from './period.gen'
import { unitCodeSchema } from './unit-code.gen'

export const dutyRosterSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  period: periodSchema,
  dutyPost: /* @__PURE__ */ z.string(),
  publicLines: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  days: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      date: chinaDateSchema,
      workingDay: /* @__PURE__ */ z.boolean(),
      shifts: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.object({
          shift: /* @__PURE__ */ z.enum(['day', 'night', 'allDay']),
          duty: /* @__PURE__ */ z.enum(['leader', 'officer']),
          name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
          unit: /* @__PURE__ */ z.nullable(unitCodeSchema),
        }),
      ),
    }),
  ),
})
