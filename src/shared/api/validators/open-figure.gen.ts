/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'

/**
 * States at `asOf`, whatever the period (the period filter does not apply; the other filters
 * do): `total` items not closed, `overdue` open past some stage's deadline (red card),
 * `atRisk` open, not overdue, with a deadline ending before 24:00 of the next working day
 * (yellow card), `supervised` under an open supervision. Equal to the totals of
 * `GET /work-orders?status=...` with the same filters and no `from`/`to`.
 */
export const openFigureSchema = /* @__PURE__ */ z.object({
  total: countSchema,
  overdue: countSchema,
  atRisk: countSchema,
  supervised: countSchema,
})
