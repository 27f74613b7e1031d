/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { asOfSchema } from './as-of.gen'
import { chinaDateSchema } from './china-date.gen'
import { reportPublicationSchema } from './report-publication.gen'
import { reportTypeSchema } from './report-type.gen'

export const reportPublicationListSchema = /* @__PURE__ */ z.object({
  asOf: asOfSchema,
  type: reportTypeSchema,
  from: chinaDateSchema,
  to: chinaDateSchema,
  items: /* @__PURE__ */ z.array(reportPublicationSchema).check(/* @__PURE__ */ z.maxLength(100)),
})
