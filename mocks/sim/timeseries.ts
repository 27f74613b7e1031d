/**
 * `GET /kpis/timeseries`: one metric by day, ISO week or month, optionally one series per channel
 * or kind. Each bucket is computed exactly as the summary would be for its dates: the same
 * contribution (kpis.ts's `sideOf` over the order's facts) with the bucket as the period. Each
 * order is read once and goes to the bucket(s) of the day(s) it can count on (`countDaysOf`)
 * instead of being tested against every bucket. A split groups the contributions by the order's
 * channel or kind: the same as filtering by that code, without a pass per code.
 */
import { epochDayOf, startOfChinaDay } from './china-time'
import { CHANNEL_CODES, KIND_CODES } from './domain-codes'
import {
  countDayOf,
  countDaysOf,
  factsOf,
  matchesDimensions,
  seriesByDay,
  type KpiContext,
  type OrderFilters,
} from './kpis'
import {
  addTo,
  contributionFromFacts,
  emptyTally,
  KPI_METRIC,
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

export interface TimeseriesInput {
  /** Every order that may count in the whole period (the simulator's `candidateOrders`), received by `ctx.now`. */
  readonly orders: readonly WorkOrder[]
  readonly metric: ApiMetric
  readonly interval: Interval
  readonly split: Split | null
  readonly filters: OrderFilters
  readonly ctx: KpiContext
  /** Kept for callers; the candidates already reach back far enough. */
  readonly lookbackDays?: number
}

export function computeTimeseries({
  orders,
  metric,
  interval,
  split,
  filters,
  ctx,
}: TimeseriesInput): Series[] {
  const kind = valueKindOf(metric)
  const keys: readonly string[] =
    split === 'channel' ? CHANNEL_CODES : split === 'kind' ? KIND_CODES : ['total']
  const buckets = bucketsOf(filters, interval).map((bucket) => ({
    ...bucket,
    fromDay: epochDayOf(bucket.from),
    toDay: epochDayOf(bucket.to),
  }))
  const firstDay = buckets[0]?.fromDay ?? 0
  const lastDay = buckets.at(-1)?.toDay ?? -1
  // The bucket of each day of the period.
  const bucketOfDay = new Int32Array(Math.max(0, lastDay - firstDay + 1))
  buckets.forEach((bucket, index) =>
    bucketOfDay.fill(index, bucket.fromDay - firstDay, bucket.toDay - firstDay + 1),
  )
  const tallies = buckets.map(() => new Map<string, Tally>(keys.map((key) => [key, emptyTally()])))
  const kpiMetric = KPI_METRIC[metric]
  const receiptMetric = kpiMetric === 'received' || kpiMetric === 'consumerAssociation'
  const periodStartMs = startOfChinaDay(filters.from)
  const seen: number[] = []

  // Without a split or dimension filters, the day tables give each day's figure at once.
  const total = split === null ? tallies.map((t) => t.get('total')) : []
  const fast =
    split === null &&
    seriesByDay(orders, kpiMetric, filters, ctx, (day, counted, numerator) => {
      const tally = total[bucketOfDay[day - firstDay] ?? -1]
      if (!tally) return
      if (kind === 'rate') {
        tally.denominator += counted
        tally.numerator += numerator
      } else tally.numerator += counted
      if (counted !== 0) tally.items += kind === 'fen' ? 1 : counted
    })

  for (const order of fast ? [] : orders) {
    // Items counted on their receipt day need no lookback.
    if (receiptMetric && order.receivedAt < periodStartMs) continue
    if (order.receivedAt > ctx.now || !matchesDimensions(order, filters)) continue
    const facts = factsOf(order, ctx)
    if (kpiMetric !== 'supervision') {
      const day = countDayOf(order, facts, kpiMetric)
      if (day < firstDay || day > lastDay) continue
      const index = bucketOfDay[day - firstDay] ?? -1
      const bucket = buckets[index]
      const contribution = bucket ? contributionFromFacts(order, facts, metric, bucket) : null
      const tally = contribution ? tallies[index]?.get(split === null ? 'total' : order[split]) : undefined
      if (tally && contribution) addTo(tally, contribution)
      continue
    }
    seen.length = 0
    for (const day of countDaysOf(order, facts, kpiMetric)) {
      if (day < firstDay || day > lastDay) continue
      const index = bucketOfDay[day - firstDay] ?? -1
      // An order counts once per bucket: for its first red-carded stage in it.
      if (seen.includes(index)) continue
      seen.push(index)
      const bucket = buckets[index]
      if (!bucket) continue
      const contribution = contributionFromFacts(order, facts, metric, bucket)
      if (!contribution) continue
      const tally = tallies[index]?.get(split === null ? 'total' : order[split])
      if (tally) addTo(tally, contribution)
    }
  }
  return keys.map((key) => ({
    key,
    points: buckets.map((bucket, index) => {
      const tally = tallies[index]?.get(key) ?? emptyTally()
      return {
        start: bucket.from,
        end: bucket.to,
        value: valueOf(tally, kind),
        ...(kind === 'rate' ? { numerator: tally.numerator, denominator: tally.denominator } : {}),
      }
    }),
  }))
}
