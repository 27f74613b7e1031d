/**
 * A day table's series (kpis.ts `DayTable`) grouped by the code its orders have in one dimension
 * (channel, kind, category, district, unit): the breakdowns read these instead of visiting each
 * emission's order. A table never changes once built (the simulator builds a new one when its
 * orders' facts change), so what is derived from it is kept with it, weakly.
 */
import { lowerBound, type DayTable } from './kpis'
import type { WorkOrder } from './work-order'

export type CodedDimension = 'channel' | 'kind' | 'category' | 'district' | 'unit'

/** Per code: the summed values and the number of emissions of one series. */
export interface CodeTotals {
  readonly values: Float64Array
  readonly emissions: Float64Array
}

interface Derived {
  /** The code index of each of the table's orders, per dimension. */
  readonly codes: Map<string, Uint8Array>
  /** Totals over all the table's emissions, per `${series}:${dimension}`. */
  readonly totals: Map<string, CodeTotals>
}

const derived = new WeakMap<DayTable, Derived>()

function derivedOf(table: DayTable): Derived {
  let d = derived.get(table)
  if (d === undefined) {
    d = { codes: new Map(), totals: new Map() }
    derived.set(table, d)
  }
  return d
}

function codesOf(table: DayTable, dimension: CodedDimension, codes: readonly string[]): Uint8Array {
  const d = derivedOf(table)
  let out = d.codes.get(dimension)
  if (out === undefined) {
    const index = new Map(codes.map((code, i) => [code, i]))
    const built = new Uint8Array(table.orders.length)
    table.orders.forEach((order: WorkOrder, i) => {
      // 255: a code outside the list (none are generated); counted nowhere.
      built[i] = index.get(order[dimension]) ?? 255
    })
    d.codes.set(dimension, built)
    out = built
  }
  return out
}

function addRange(
  into: CodeTotals,
  table: DayTable,
  series: number,
  orderCodes: Uint8Array,
  lo: number,
  hi: number,
): void {
  const sums = table.sums[series]
  const by = table.emitters[series]
  if (!sums || !by) return
  for (let k = lo; k < hi; k++) {
    const code = orderCodes[by[k] ?? 0] ?? 255
    if (code === 255) continue
    into.values[code] = (into.values[code] ?? 0) + (sums[k + 1] ?? 0) - (sums[k] ?? 0)
    into.emissions[code] = (into.emissions[code] ?? 0) + 1
  }
}

/**
 * Adds to `into` (indexed as `codes`) the values and emissions of `series` counted on days
 * [fromDay, toDay], grouped by the code of the emitting order in `dimension`.
 */
export function addByCode(
  into: CodeTotals,
  table: DayTable,
  series: number,
  dimension: CodedDimension,
  codes: readonly string[],
  fromDay: number,
  toDay: number,
): void {
  const days = table.days[series]
  if (!days || days.length === 0) return
  const orderCodes = codesOf(table, dimension, codes)
  const lo = (days[0] ?? 0) >= fromDay ? 0 : lowerBound(days, fromDay)
  const hi = (days[days.length - 1] ?? 0) <= toDay ? days.length : lowerBound(days, toDay + 1)
  if (lo >= hi) return
  if (lo > 0 || hi < days.length) {
    addRange(into, table, series, orderCodes, lo, hi)
    return
  }
  // The whole table counts: its totals, kept with it.
  const d = derivedOf(table)
  const key = `${String(series)}:${dimension}`
  let totals = d.totals.get(key)
  if (totals === undefined) {
    totals = { values: new Float64Array(codes.length), emissions: new Float64Array(codes.length) }
    addRange(totals, table, series, orderCodes, 0, days.length)
    d.totals.set(key, totals)
  }
  for (let c = 0; c < codes.length; c++) {
    into.values[c] = (into.values[c] ?? 0) + (totals.values[c] ?? 0)
    into.emissions[c] = (into.emissions[c] ?? 0) + (totals.emissions[c] ?? 0)
  }
}
