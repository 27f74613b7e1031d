/**
 * The contract's `metric` codes (public/openapi.yaml, `Metric`) evaluated on single work orders,
 * for the time series and the breakdowns. Every value is built from `matchesMetric` (kpis.ts), the
 * predicate of the summary and of the list, so a bucket or a row equals what the summary gives
 * for the same dates and filters. Two contract figures have no metric in kpis.ts yet and are
 * composed here from the same pieces: `resolution` (the closure figure's due items, resolved =
 * closed at `asOf`) and `mediation` (complaints whose mediation ended in the period, by end day).
 */
import { completedAsOf, type WorkOrder } from './work-order'
import {
  matchesDimensions,
  matchesMetric,
  type KpiContext,
  type Metric,
  type OrderFilters,
  type PeriodBounds,
} from './kpis'

export const API_METRICS = [
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
] as const
export type ApiMetric = (typeof API_METRICS)[number]

export type ValueKind = 'count' | 'rate' | 'fen'

/** A rate's kpis.ts metric and the outcomes of its numerator and denominator. */
const RATES: Partial<Record<ApiMetric, { metric: Metric; numerator: string; denominator: string }>> = {
  initialCheck: { metric: 'initialCheck', numerator: 'onTime', denominator: 'due' },
  reportCheck: { metric: 'reportCheck', numerator: 'onTime', denominator: 'due' },
  closure: { metric: 'closure', numerator: 'onTime', denominator: 'due' },
  satisfaction: { metric: 'satisfaction', numerator: 'satisfied', denominator: 'surveyed' },
  timelyAcceptance: { metric: 'initialCheck', numerator: 'onTime', denominator: 'due' },
  timelyDispatch: { metric: 'dispatch', numerator: 'onTime', denominator: 'due' },
  timelyHandling: { metric: 'closure', numerator: 'onTime', denominator: 'due' },
  timelySupervision: { metric: 'supervision', numerator: 'onTime', denominator: 'due' },
  timelyReply: { metric: 'reply', numerator: 'onTime', denominator: 'due' },
}

/** Counts: the kpis.ts metric and outcome whose list is the figure. */
const COUNTS: Partial<Record<ApiMetric, { metric: Metric; outcome: string }>> = {
  received: { metric: 'received', outcome: 'all' },
  consumerAssociation: { metric: 'consumerAssociation', outcome: 'received' },
  complaintToCase: { metric: 'complaintToCase', outcome: 'all' },
}

export function valueKindOf(metric: ApiMetric): ValueKind {
  if (metric === 'recovered') return 'fen'
  if (metric === 'resolution' || metric === 'mediation' || RATES[metric]) return 'rate'
  return 'count'
}

/**
 * What one order adds to a figure: `numerator` (the count, the fen, or a rate's numerator),
 * `denominator` (a rate's; 0 otherwise) and `items` (orders behind it, for the wall's
 * suppression of small rows). `null` when the order does not count at all.
 */
export interface Contribution {
  readonly numerator: number
  readonly denominator: number
}

const ONE: Contribution = { numerator: 1, denominator: 0 }
const HIT: Contribution = { numerator: 1, denominator: 1 }
const MISS: Contribution = { numerator: 0, denominator: 1 }

export function contributionOf(
  order: WorkOrder,
  metric: ApiMetric,
  filters: OrderFilters,
  ctx: KpiContext,
  bounds: PeriodBounds,
): Contribution | null {
  const rateRule = RATES[metric]
  if (rateRule) {
    if (!matchesMetric(order, rateRule.metric, rateRule.denominator, filters, ctx, bounds)) return null
    return matchesMetric(order, rateRule.metric, rateRule.numerator, filters, ctx, bounds) ? HIT : MISS
  }
  const countRule = COUNTS[metric]
  if (countRule)
    return matchesMetric(order, countRule.metric, countRule.outcome, filters, ctx, bounds) ? ONE : null
  switch (metric) {
    case 'recovered':
      return matchesMetric(order, 'recovered', 'all', filters, ctx, bounds)
        ? { numerator: order.recoveredFen, denominator: 0 }
        : null
    case 'resolution':
      if (!matchesMetric(order, 'closure', 'due', filters, ctx, bounds)) return null
      return completedAsOf(order.stages.closed, ctx.now) === null ? MISS : HIT
    case 'mediation': {
      if (order.kind !== 'complaint' || !matchesDimensions(order, filters)) return null
      const ended = completedAsOf(order.stages.mediated, ctx.now)
      if (ended === null || ended < bounds.fromMs || ended >= bounds.toEndMs) return null
      if (order.outcome !== 'mediated' && order.outcome !== 'terminated') return null
      return order.outcome === 'mediated' ? HIT : MISS
    }
    default:
      return null
  }
}

/** A figure's running total. */
export interface Tally {
  numerator: number
  denominator: number
  /** Orders that contributed. */
  items: number
}

export function emptyTally(): Tally {
  return { numerator: 0, denominator: 0, items: 0 }
}

export function addTo(tally: Tally, contribution: Contribution): void {
  tally.numerator += contribution.numerator
  tally.denominator += contribution.denominator
  tally.items += 1
}

/** The figure's value: the count or fen, or numerator ÷ denominator (null when 0) for a rate. */
export function valueOf(tally: Tally, kind: ValueKind): number | null {
  if (kind !== 'rate') return tally.numerator
  return tally.denominator === 0 ? null : tally.numerator / tally.denominator
}
