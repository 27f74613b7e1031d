/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { timestampSchema } from './timestamp.gen'

/**
 * The instant the comparison period's figures were computed for. When the period has not
 * ended at the answer's `asOf` (its `to` is today), the same time into the comparison
 * period: `asOf` moved back by the distance between the two periods' first days, at most
 * the end of the comparison period. So a period in progress is compared with the
 * comparison period as it stood equally far in, not with all of it (the first hours of
 * today against the whole of yesterday would read as a fall of ~95 % every morning).
 * When the period has ended, the answer's own `asOf`.
 */
export const comparisonAsOfSchema = timestampSchema
