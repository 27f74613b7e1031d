/**
 * `GET /breakdowns/{dimension}`: one metric for every code of a dimension, ranked. One pass over
 * the orders with the request's filters (or their day tables' totals by code, see
 * day-table-tallies.ts), each contribution (kpis.ts's `sideOf` over the order's
 * facts, as `matchesMetric` reads them) grouped by the order's code: the same as asking the
 * summary with that code as a filter, for every code at once. The rows therefore add up to the
 * figure for the filters.
 */
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, UNIT_CODES } from './domain-codes'
import { addByCode } from './day-table-tallies'
import { forEachReceiptDay } from './day-table-lists'
import {
  factsOf,
  matchesDimensions,
  METRIC_SERIES,
  NO_DIMENSIONS,
  periodBounds,
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
import type { WorkOrder } from './work-order'

export const DIMENSIONS = ['channel', 'kind', 'category', 'district', 'unit'] as const
export type Dimension = (typeof DIMENSIONS)[number]

const CODES: Readonly<Record<Dimension, readonly string[]>> = {
  channel: CHANNEL_CODES,
  kind: KIND_CODES,
  category: CATEGORY_CODES,
  district: DISTRICT_CODES,
  unit: UNIT_CODES,
}

/** The tally of every code of `dimension` (codes without items have an empty tally). */
export function tallyByDimension(
  orders: readonly WorkOrder[],
  metric: ApiMetric,
  dimension: Dimension,
  filters: OrderFilters,
  ctx: KpiContext,
): Map<string, Tally> {
  const codes = CODES[dimension]
  const tallies = new Map<string, Tally>(codes.map((code) => [code, emptyTally()]))
  const kind = valueKindOf(metric)
  const bounds = periodBounds(filters)
  const { fromDay, toDay } = bounds
  // Without dimension filters, a day's table gives its figures by code (the same emissions as
  // the summary's), kept with the table; other days are read order by order.
  const pair = NO_DIMENSIONS(filters) ? METRIC_SERIES[KPI_METRIC[metric]] : undefined
  const counted = { values: new Float64Array(codes.length), emissions: new Float64Array(codes.length) }
  const numerator = { values: new Float64Array(codes.length), emissions: new Float64Array(codes.length) }
  forEachReceiptDay(orders, ctx, (start, end, table) => {
    if (table && pair) {
      addByCode(counted, table, pair[0], dimension, codes, fromDay, toDay)
      if (pair[1] !== null) addByCode(numerator, table, pair[1], dimension, codes, fromDay, toDay)
      return
    }
    for (let i = start; i < end; i++) {
      const order = orders[i]
      if (!order || order.receivedAt > ctx.now || !matchesDimensions(order, filters)) continue
      const contribution = contributionFromFacts(order, factsOf(order, ctx), metric, bounds)
      if (!contribution) continue
      const tally = tallies.get(order[dimension])
      if (tally) addTo(tally, contribution)
    }
  })
  codes.forEach((code, c) => {
    const tally = tallies.get(code)
    if (!tally) return
    const items = counted.emissions[c] ?? 0
    if (kind === 'rate') {
      tally.denominator += counted.values[c] ?? 0
      tally.numerator += numerator.values[c] ?? 0
    } else tally.numerator += counted.values[c] ?? 0
    tally.items += items
  })
  return tallies
}

export interface BreakdownRow {
  readonly key: string
  readonly rank: number
  readonly value: number | null
  readonly numerator?: number
  readonly denominator?: number
  readonly comparisonValue?: number | null
  readonly change?: number | null
  readonly changeRatio?: number | null
}

export interface RankedRows {
  readonly rows: BreakdownRow[]
  /** Rows left out because fewer than `minItems` orders built them. */
  readonly suppressedRows: number
}

/**
 * Ranks the rows: highest value first, a `null` rate last; ties by the larger denominator (rates),
 * then by code. With `comparison`, each row adds the comparison value and the change.
 * `minItems` (the wall's rule: 3) leaves out rows built from fewer orders, before ranking, so
 * the ranks shown have no gaps.
 */
export function rankRows(
  metric: ApiMetric,
  current: Map<string, Tally>,
  comparison: Map<string, Tally> | null,
  minItems = 0,
): RankedRows {
  const kind = valueKindOf(metric)
  let suppressedRows = 0
  const rows = [...current.entries()]
    .filter(([, tally]) => {
      if (tally.items >= minItems) return true
      suppressedRows++
      return false
    })
    .map(([key, tally]) => ({ key, tally, value: valueOf(tally, kind) }))
    .sort((a, b) => {
      if (a.value !== b.value) {
        if (a.value === null) return 1
        if (b.value === null) return -1
        return b.value - a.value
      }
      if (kind === 'rate' && a.tally.denominator !== b.tally.denominator)
        return b.tally.denominator - a.tally.denominator
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
    })
    .map(({ key, tally, value }, index): BreakdownRow => {
      const base = {
        key,
        rank: index + 1,
        value,
        ...(kind === 'rate' ? { numerator: tally.numerator, denominator: tally.denominator } : {}),
      }
      if (!comparison) return base
      const comparisonValue = valueOf(comparison.get(key) ?? emptyTally(), kind)
      const change = value === null || comparisonValue === null ? null : value - comparisonValue
      const changeRatio =
        kind === 'rate' || change === null || comparisonValue === null || comparisonValue === 0
          ? null
          : change / comparisonValue
      return { ...base, comparisonValue, change, changeRatio }
    })
  return { rows, suppressedRows }
}
