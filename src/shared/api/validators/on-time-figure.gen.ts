/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { countSchema } from './count.gen'
import { rateSchema } from './rate.gen'

/**
 * Items whose deadline fell in the period and whose outcome is known at `asOf`: `due` =
 * `onTime` + `late`; `onTime` done by the deadline; `late` done after it or still open past
 * it; `rate` = `onTime` ÷ `due` (null when `due` is 0).
 */
export const onTimeFigureSchema = /* @__PURE__ */ z.object({
  due: countSchema,
  onTime: countSchema,
  late: countSchema,
  rate: rateSchema,
})
