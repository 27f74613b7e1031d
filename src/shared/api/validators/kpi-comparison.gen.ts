/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { compareBasisSchema } from './compare-basis.gen'
import { comparisonAsOfSchema } from './comparison-as-of.gen'
import { consumerAssociationFigureSchema } from './consumer-association-figure.gen'
import { countSchema } from './count.gen'
import { fenSchema } from './fen.gen'
import { mediationFigureSchema } from './mediation-figure.gen'
import { onTimeFigureSchema } from './on-time-figure.gen'
import { periodSchema } from './period.gen'
import { receivedSchema } from './received.gen'
import { resolutionFigureSchema } from './resolution-figure.gen'
import { satisfactionFigureSchema } from './satisfaction-figure.gen'

/**
 * The same period figures as the summary, for the comparison period and the same filters.
 */
export const kpiComparisonSchema = /* @__PURE__ */ z.object({
  basis: compareBasisSchema,
  period: periodSchema,
  asOf: comparisonAsOfSchema,
  received: receivedSchema,
  initialCheck: onTimeFigureSchema,
  reportCheck: onTimeFigureSchema,
  closure: onTimeFigureSchema,
  resolution: resolutionFigureSchema,
  recoveredFen: fenSchema,
  consumerAssociation: consumerAssociationFigureSchema,
  complaintToCase: countSchema,
  satisfaction: satisfactionFigureSchema,
  mediation: mediationFigureSchema,
})
