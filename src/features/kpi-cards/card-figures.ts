import type { ChangeSense } from '@/shared/ui/change-indicator/change-tone'
import type { components } from '@/shared/api/schema.gen'

type Schemas = components['schemas']
type Metric = Schemas['Metric']
type Comparison = NonNullable<Schemas['KpiSummary']['comparison']>
/**
 * The summary's figures, without the instants they were computed for: the cards show neither
 * (the page's freshness bar and comparison line do), and both move with every poll.
 */
export type KpiSummary = Omit<Schemas['KpiSummary'], 'asOf' | 'comparison'> & {
  comparison: Omit<Comparison, 'asOf'> | null
}

/**
 * The cards' `select` (see `withoutAsOf`): a poll that brings the same figures gives the very
 * object the cards drew, and they skip their render; a running period's comparison has an
 * instant of its own that moves with the clock.
 */
export function summaryFigures(summary: Schemas['KpiSummary']): KpiSummary {
  const { asOf: _asOf, comparison, ...figures } = summary
  if (comparison === null) return { ...figures, comparison }
  const { asOf: _comparisonAsOf, ...comparisonFigures } = comparison
  return { ...figures, comparison: comparisonFigures }
}

/** What a card's value is: a count of items, a rate (fraction), or money in fen. */
export type FigureKind = 'count' | 'rate' | 'money'

/** The key figures, in card order. */
export const cardIds = [
  'received',
  'initialCheck',
  'reportCheck',
  'closure',
  'recovered',
  'consumerAssociation',
  'complaintToCase',
  'satisfaction',
] as const

export type CardId = (typeof cardIds)[number]

/** One key figure of a period, with the comparison period's value when there is one. */
export interface CardFigure {
  readonly id: CardId
  readonly kind: FigureKind
  readonly value: number | null
  /** The comparison period's value; null without a comparison or when it has none. */
  readonly previous: number | null
  /** For rates: the counts behind it (e.g. closed on time ÷ due). */
  readonly numerator?: number
  readonly denominator?: number
  /** For on-time rates: the items that missed (a link of their own). */
  readonly late?: number
  readonly sense: ChangeSense
  /** The figure's series for the sparkline (`GET /kpis/timeseries?metric=`). */
  readonly metric: Metric
}

/** The period's key figures in card order, read from a summary (with `compare`). */
export function cardFigures(summary: KpiSummary): CardFigure[] {
  const before = summary.comparison
  const onTime = (id: 'initialCheck' | 'reportCheck' | 'closure'): CardFigure => ({
    id,
    kind: 'rate',
    value: summary[id].rate,
    previous: before ? before[id].rate : null,
    numerator: summary[id].onTime,
    denominator: summary[id].due,
    late: summary[id].late,
    sense: 'higherIsBetter',
    metric: id,
  })
  return [
    {
      id: 'received',
      kind: 'count',
      value: summary.received.total,
      previous: before ? before.received.total : null,
      sense: 'neutral',
      metric: 'received',
    },
    onTime('initialCheck'),
    onTime('reportCheck'),
    onTime('closure'),
    {
      id: 'recovered',
      kind: 'money',
      value: summary.recoveredFen,
      previous: before ? before.recoveredFen : null,
      sense: 'higherIsBetter',
      metric: 'recovered',
    },
    {
      id: 'consumerAssociation',
      kind: 'count',
      value: summary.consumerAssociation.received,
      previous: before ? before.consumerAssociation.received : null,
      sense: 'neutral',
      metric: 'consumerAssociation',
    },
    {
      id: 'complaintToCase',
      kind: 'count',
      value: summary.complaintToCase,
      previous: before ? before.complaintToCase : null,
      sense: 'neutral',
      metric: 'complaintToCase',
    },
    {
      id: 'satisfaction',
      kind: 'rate',
      value: summary.satisfaction.rate,
      previous: before ? before.satisfaction.rate : null,
      numerator: summary.satisfaction.satisfied,
      denominator: summary.satisfaction.surveyed,
      sense: 'higherIsBetter',
      metric: 'satisfaction',
    },
  ]
}

/**
 * The change against the comparison period, as format.ts's `formatSignedChange` takes it: rates
 * change in percentage points, counts and money relatively (+3.4 %). Null when there is nothing
 * to compare: no comparison value, or a relative change from zero to something.
 */
export function figureChange(figure: CardFigure): { delta: number; kind: 'points' | 'percent' } | null {
  const { value, previous } = figure
  if (value === null || previous === null) return null
  if (figure.kind === 'rate') return { delta: value - previous, kind: 'points' }
  // From 0 a relative change has no meaning, except to 0 again: no change.
  if (previous === 0) return value === 0 ? { delta: 0, kind: 'percent' } : null
  return { delta: (value - previous) / previous, kind: 'percent' }
}

/**
 * Why a figure has no change to show although a comparison ran (`compared`): the comparison
 * period's own figure says why (a relative change from 0 has no meaning; a rate with nothing due
 * does not exist). Null when the figure has a change, has no value itself, or nothing was compared.
 * Which period that was (the previous one, or the same one a year earlier) is the caller's to say.
 */
export function noChangeReason(
  figure: CardFigure,
  compared: boolean,
): 'zero' | 'nothingDue' | 'noneSurveyed' | null {
  if (!compared || figure.value === null || figureChange(figure) !== null) return null
  if (figure.kind !== 'rate') return figure.previous === 0 ? 'zero' : null
  if (figure.previous !== null) return null
  // Satisfaction is a share of the people surveyed, not of items due.
  return figure.id === 'satisfaction' ? 'noneSurveyed' : 'nothingDue'
}
