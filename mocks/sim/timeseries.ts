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
import { forEachReceiptDay } from './day-table-lists'
import {
  countDayOf,
  countDaysOf,
  dayOfMs,
  factsOf,
  matchesDimensions,
  METRIC_SERIES,
  NO_DIMENSIONS,
  type DayTable,
  type KpiContext,
  type OrderFilters,
} from './kpis'
import { keptDayParts, partBuilder, settle, useTable, type DayPart } from './kept-day-parts'
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

  const keyIndex = new Map(keys.map((key, k) => [key, k]))
  const keyOf = (order: WorkOrder): string => (split === null ? 'total' : order[split])

  const addOrder = (order: WorkOrder): void => {
    // Items counted on their receipt day need no lookback.
    if (receiptMetric && order.receivedAt < periodStartMs) return
    if (order.receivedAt > ctx.now || !matchesDimensions(order, filters)) return
    const facts = factsOf(order, ctx)
    if (kpiMetric !== 'supervision') {
      const day = countDayOf(order, facts, kpiMetric)
      if (day < firstDay || day > lastDay) return
      const index = bucketOfDay[day - firstDay] ?? -1
      const bucket = buckets[index]
      const contribution = bucket ? contributionFromFacts(order, facts, metric, bucket) : null
      const tally = contribution ? tallies[index]?.get(keyOf(order)) : undefined
      if (tally && contribution) addTo(tally, contribution)
      return
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
      const tally = tallies[index]?.get(keyOf(order))
      if (tally) addTo(tally, contribution)
    }
  }

  // Without dimension filters, a day's table gives what its orders add to each bucket (the
  // same emissions as the summary's), kept between requests (kept-day-parts.ts); other days
  // are read order by order. Slots: (bucket, key) x (counted, numerator, items).
  const pair = NO_DIMENSIONS(filters) ? METRIC_SERIES[kpiMetric] : undefined
  const owner = ctx.dayTable
  if (!pair || !owner) {
    for (const order of orders) addOrder(order)
  } else {
    const width = keys.length * 3
    const firstReceipt = orders[0] === undefined ? 0 : dayOfMs(orders[0].receivedAt)
    const kept = keptDayParts(
      owner,
      `${metric}:${interval}:${String(split)}:${String(firstDay)}:${String(lastDay)}:${String(firstReceipt)}`,
      buckets.length * width,
    )
    const buildPart = (table: DayTable) => (): DayPart => {
      const part = partBuilder()
      pair.forEach((series, role) => {
        if (series === null) return
        const days = table.days[series]
        const sums = table.sums[series]
        const by = table.emitters[series]
        if (!days || !sums || !by) return
        for (let k = 0; k < days.length; k++) {
          const day = days[k] ?? 0
          if (day < firstDay || day > lastDay) continue
          const order = table.orders[by[k] ?? 0]
          const key = order === undefined ? undefined : keyIndex.get(keyOf(order))
          if (key === undefined) continue
          const slot = (bucketOfDay[day - firstDay] ?? 0) * width + key * 3
          const value = (sums[k + 1] ?? 0) - (sums[k] ?? 0)
          if (role === 1) {
            part.put(slot + 1, value)
            continue
          }
          part.put(slot, value)
          if (value !== 0) part.put(slot + 2, kind === 'fen' ? 1 : value)
        }
      })
      return part.done()
    }
    forEachReceiptDay(orders, ctx, (start, end, table) => {
      if (table) {
        useTable(kept, dayOfMs(table.orders[0]?.receivedAt ?? 0), table, buildPart(table))
        return
      }
      for (let i = start; i < end; i++) {
        const order = orders[i]
        if (order) addOrder(order)
      }
    })
    const sums = settle(kept)
    tallies.forEach((byKey, b) => {
      keys.forEach((key, k) => {
        const tally = byKey.get(key)
        if (!tally) return
        const slot = b * width + k * 3
        const counted = sums[slot] ?? 0
        if (kind === 'rate') {
          tally.denominator += counted
          tally.numerator += sums[slot + 1] ?? 0
        } else tally.numerator += counted
        tally.items += sums[slot + 2] ?? 0
      })
    })
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
