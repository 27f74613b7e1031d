/**
 * `GET /kpis/timeseries`: one metric by day, ISO week or month, optionally one series per channel
 * or kind. Each bucket is computed exactly as the summary would be for its dates: the same
 * `contributionOf` (built on kpis.ts's `matchesMetric`) with the bucket as the period, over the
 * orders that can count in it (received in the bucket, or up to the due lookback before it for
 * the metrics counted by deadline or end day). A split groups the contributions by the order's
 * channel or kind: the same as filtering by that code, without a pass per code.
 */
import { MS_PER_DAY } from './china-time'
import { CHANNEL_CODES, KIND_CODES } from './domain-codes'
import { periodBounds, type KpiContext, type OrderFilters } from './kpis'
import {
  addTo,
  contributionOf,
  emptyTally,
  valueKindOf,
  valueOf,
  type ApiMetric,
  type Tally,
} from './metric-values'
import { bucketsOf, type Interval } from './periods'
import type { WorkOrder } from './work-order'

export type Split = 'channel' | 'kind'

export interface SeriesPoint {
  readonly start: string
  readonly end: string
  readonly value: number | null
  readonly numerator?: number
  readonly denominator?: number
}

export interface Series {
  readonly key: string
  readonly points: SeriesPoint[]
}

/** Metrics whose items count on their receipt day: a bucket needs only the orders received in it. */
const BY_RECEIPT = new Set<ApiMetric>(['received', 'consumerAssociation', 'recovered', 'complaintToCase'])

/** The first index in `orders` (sorted by receipt) received at or after `ms`. */
function firstReceivedFrom(orders: readonly WorkOrder[], ms: number): number {
  let low = 0
  let high = orders.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((orders[mid]?.receivedAt ?? Infinity) < ms) low = mid + 1
    else high = mid
  }
  return low
}

export interface TimeseriesInput {
  /** Every order that may count in the whole period (the simulator's `candidateOrders`), received by `ctx.now`. */
  readonly orders: readonly WorkOrder[]
  readonly metric: ApiMetric
  readonly interval: Interval
  readonly split: Split | null
  readonly filters: OrderFilters
  readonly ctx: KpiContext
  /** How far before a bucket an order counting in it may have been received (kpis.ts `dueLookbackDays`). */
  readonly lookbackDays: number
}

export function computeTimeseries({
  orders,
  metric,
  interval,
  split,
  filters,
  ctx,
  lookbackDays,
}: TimeseriesInput): Series[] {
  const sorted = orders.every((o, i) => i === 0 || (orders[i - 1]?.receivedAt ?? 0) <= o.receivedAt)
    ? orders
    : [...orders].sort((a, b) => a.receivedAt - b.receivedAt)
  const kind = valueKindOf(metric)
  const keys: readonly string[] =
    split === 'channel' ? CHANNEL_CODES : split === 'kind' ? KIND_CODES : ['total']
  const series = keys.map((key) => ({ key, points: [] as SeriesPoint[] }))
  const lookbackMs = BY_RECEIPT.has(metric) ? 0 : lookbackDays * MS_PER_DAY

  for (const bucket of bucketsOf(filters, interval)) {
    const bucketFilters: OrderFilters = { ...filters, from: bucket.from, to: bucket.to }
    const bounds = periodBounds(bucketFilters)
    const tallies = new Map<string, Tally>(keys.map((key) => [key, emptyTally()]))
    const end = firstReceivedFrom(sorted, bounds.toEndMs)
    for (let i = firstReceivedFrom(sorted, bounds.fromMs - lookbackMs); i < end; i++) {
      const order = sorted[i]
      if (!order) continue
      const contribution = contributionOf(order, metric, bucketFilters, ctx, bounds)
      if (!contribution) continue
      const key = split === null ? 'total' : order[split]
      const tally = tallies.get(key)
      if (tally) addTo(tally, contribution)
    }
    series.forEach(({ key, points }) => {
      const tally = tallies.get(key) ?? emptyTally()
      points.push({
        start: bucket.from,
        end: bucket.to,
        value: valueOf(tally, kind),
        ...(kind === 'rate' ? { numerator: tally.numerator, denominator: tally.denominator } : {}),
      })
    })
  }
  return series
}
