/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * A figure, and the day it counts an item on (what `from`/`to` apply to):
 *
 * | code | value | counts | item's day |
 * |---|---|---|---|
 * | `received` | count | items received | receipt |
 * | `initialCheck` | rate | complaints' initial review (7 working days) | review deadline |
 * | `reportCheck` | rate | reports' verification (15 + 15 working days) | verification deadline |
 * | `closure` | rate | complaints and reports closed within the limit | closure deadline |
 * | `resolution` | rate (proposal) | complaints and reports resolved in any way | closure deadline |
 * | `recovered` | fen | money recovered | closing |
 * | `consumerAssociation` | count | the consumer association's own intake received | receipt |
 * | `complaintToCase` | count | complaints that became a penalty case | closing |
 * | `satisfaction` | rate | satisfied follow-up calls | follow-up call |
 * | `mediation` | rate | mediations that reached agreement | mediation end |
 * | `timelyAcceptance`, `timelyDispatch`, `timelyHandling`, `timelySupervision`, `timelyReply` | rate (proposal) | see `GET /kpis/six-timely` | the limit's deadline |
 *
 * A rate's item counts once its outcome is known at `asOf` (done, or deadline passed).
 * `timelyAnalysis` counts reports and alerts, not work orders, so it is not a list metric.
 */
export const metricSchema = /* @__PURE__ */ z.enum([
  'received',
  'initialCheck',
  'reportCheck',
  'closure',
  'resolution',
  'recovered',
  'consumerAssociation',
  'complaintToCase',
  'satisfaction',
  'mediation',
  'timelyAcceptance',
  'timelyDispatch',
  'timelyHandling',
  'timelySupervision',
  'timelyReply',
])
