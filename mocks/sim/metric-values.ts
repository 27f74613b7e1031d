/**
 * The contract's `metric` codes (public/openapi.yaml, `Metric`) evaluated on single work orders,
 * for the time series, the breakdowns and the work-order list. Every value is kpis.ts's `sideOf`
 * over the order's facts, the reading behind the summary and `matchesMetric`, so a bucket, a row
 * or a list equals what the summary gives for the same dates and filters.
 */
import type { WorkOrder } from './work-order'
import {
  factsOf,
  matchesDimensions,
  sideOf,
  type KpiContext,
  type Metric,
  type OrderFacts,
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

/**
 * The kpis.ts metric behind each contract metric. `consumerAssociation` is its `received` count;
 * the `timely...` metrics are the six timely rates' lists (see kpis.ts `SIX_TIMELY`).
 */
export const KPI_METRIC: Readonly<Record<ApiMetric, Metric>> = {
  received: 'received',
  initialCheck: 'initialCheck',
  reportCheck: 'reportCheck',
  closure: 'closure',
  resolution: 'resolution',
  recovered: 'recovered',
  consumerAssociation: 'consumerAssociation',
  complaintToCase: 'complaintToCase',
  satisfaction: 'satisfaction',
  mediation: 'mediation',
  timelyAcceptance: 'initialCheck',
  timelyDispatch: 'dispatch',
  timelyHandling: 'closure',
  timelySupervision: 'supervision',
  timelyReply: 'reply',
}

const COUNTS = new Set<ApiMetric>(['received', 'consumerAssociation', 'complaintToCase'])

export function valueKindOf(metric: ApiMetric): ValueKind {
  if (metric === 'recovered') return 'fen'
  return COUNTS.has(metric) ? 'count' : 'rate'
}

/**
 * What one order adds to a figure: `numerator` (the count, the fen, or a rate's numerator) and
 * `denominator` (a rate's; 0 otherwise). `null` when the order does not count at all.
 */
export interface Contribution {
  readonly numerator: number
  readonly denominator: number
}

const ONE: Contribution = { numerator: 1, denominator: 0 }
const HIT: Contribution = { numerator: 1, denominator: 1 }
const MISS: Contribution = { numerator: 0, denominator: 1 }

/** As `contributionOf`, with the order's facts already at hand and the dimensions already tested. */
export function contributionFromFacts(
  order: WorkOrder,
  facts: OrderFacts,
  metric: ApiMetric,
  bounds: Pick<PeriodBounds, 'fromDay' | 'toDay'>,
): Contribution | null {
  const side = sideOf(order, facts, KPI_METRIC[metric], bounds.fromDay, bounds.toDay)
  if (side === -1) return null
  if (metric === 'recovered') return { numerator: order.recoveredFen, denominator: 0 }
  if (COUNTS.has(metric)) return ONE
  return side === 1 ? HIT : MISS
}

export function contributionOf(
  order: WorkOrder,
  metric: ApiMetric,
  filters: OrderFilters,
  ctx: KpiContext,
  bounds: PeriodBounds,
): Contribution | null {
  if (!matchesDimensions(order, filters)) return null
  return contributionFromFacts(order, factsOf(order, ctx), metric, bounds)
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
