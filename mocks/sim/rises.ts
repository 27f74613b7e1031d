/**
 * What is rising (`GET /rises/{dimension}`; issue 8): weekly counts per category, district,
 * handling unit or business, each week compared with its holiday-aware baseline. The baseline is
 * the hotspots' own (`baselineWindows` in ./hotspots.ts): the 8 weeks before, skipping Golden
 * Weeks and their aftermath, or for a week overlapping a Golden Week the same holiday in the 3
 * previous years. A week is rising when its count is above mean + 2 SD (population SD) of the
 * baseline, at least the dimension's minimum count and at least double the mean (`riseOf`).
 *
 * Every figure is counted from the simulator's work orders, by receipt day.
 */
import { addDays, dayFromEpochDay, epochDayOf, type ChinaDay } from './china-time'
import { CATEGORY_CODES, DISTRICT_CODES } from './domain-codes'
import { baselineWindows, surgeOf, type BaselineMethod } from './hotspots'
import { matchesDimensions, type OrderFilters } from './kpis'
import { orderText } from './order-text'
import type { Period } from './periods'
import type { Simulator } from './simulator'
import type { WorkOrder } from './work-order'

export const RISE_DIMENSIONS = ['category', 'district', 'unit', 'business'] as const
export type RiseDimension = (typeof RISE_DIMENSIONS)[number]

export const RISE_DEFAULT_WEEKS = 12
export const RISE_MAX_WEEKS = 26

/**
 * The fewest items a rising week needs, per dimension: a category, district or unit rising from
 * 3 to 9 items is noise, not an alarm; a business is one shop, so a handful of items already
 * matters.
 */
export const RISE_MIN_COUNT: Readonly<Record<RiseDimension, number>> = {
  category: 20,
  district: 20,
  unit: 20,
  business: 5,
}

/** Rows returned per dimension (null: every row). */
export const RISE_ROW_CAP: Readonly<Record<RiseDimension, number | null>> = {
  category: null,
  district: null,
  unit: 20,
  business: 20,
}

export interface RiseCell {
  readonly count: number
  readonly baselineMean: number
  readonly baselineStdDev: number
  /** mean + 2 SD. */
  readonly threshold: number
  /** (count − mean) ÷ SD; null when the SD is 0. */
  readonly zScore: number | null
  readonly rising: boolean
}

/**
 * A week's count against its baseline counts: the hotspots' surge rule (`surgeOf`), so that the
 * page and the alerts agree: above mean + 2 SD, at least `minCount`, and at least double the mean.
 * The doubling matters: measured on the calibrated city over 26 weeks, the 2-SD test alone marks
 * 47 of 364 category weeks (yearly growth and seasonal drift against a small spread).
 */
export function riseOf(count: number, baseline: readonly number[], minCount: number): RiseCell {
  const surge = surgeOf(count, baseline, minCount)
  return {
    count,
    baselineMean: surge.baselineMean,
    baselineStdDev: surge.baselineStdDev,
    threshold: surge.threshold,
    zScore: surge.zScore,
    rising: surge.surge,
  }
}

/**
 * The rank order of rows by their latest week: rising first, then by how far the count stands
 * above (or below) the threshold, then the larger count, ties by key.
 */
export function compareRises(
  a: { key: string; latest: RiseCell },
  b: { key: string; latest: RiseCell },
): number {
  return (
    Number(b.latest.rising) - Number(a.latest.rising) ||
    b.latest.count - b.latest.threshold - (a.latest.count - a.latest.threshold) ||
    b.latest.count - a.latest.count ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/** The `weeks` 7-day windows ending on `to`, oldest first. */
export function riseWeeks(to: ChinaDay, weeks: number): Period[] {
  const list: Period[] = []
  for (let back = weeks - 1; back >= 0; back--) {
    const end = addDays(to, -7 * back)
    list.push({ from: addDays(end, -6), to: end })
  }
  return list
}

function keyOf(order: WorkOrder, dimension: RiseDimension): string {
  switch (dimension) {
    case 'category':
      return order.category
    case 'district':
      return order.district
    case 'unit':
      return order.unit
    case 'business':
      return orderText(order).businessName
  }
}

export type RiseFilters = Omit<OrderFilters, 'from' | 'to' | 'unit'>

/** Counts per key of each day in `days`, over the orders matching `filters`. */
function dayCountsOf(
  simulator: Simulator,
  days: ReadonlySet<number>,
  dimension: RiseDimension,
  filters: RiseFilters,
): Map<number, Map<string, number>> {
  const byDay = new Map<number, Map<string, number>>()
  for (const epochDay of days) {
    const day = dayFromEpochDay(epochDay)
    const counts = new Map<string, number>()
    for (const order of simulator.ordersInRange(day, day)) {
      if (!matchesDimensions(order, { ...filters, from: day, to: day })) continue
      const key = keyOf(order, dimension)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    byDay.set(epochDay, counts)
  }
  return byDay
}

function daysOf(window: Period): number[] {
  const days: number[] = []
  for (let e = epochDayOf(window.from); e <= epochDayOf(window.to); e++) days.push(e)
  return days
}

function sumWindow(byDay: Map<number, Map<string, number>>, window: Period): Map<string, number> {
  const total = new Map<string, number>()
  for (const e of daysOf(window)) {
    for (const [key, n] of byDay.get(e) ?? []) total.set(key, (total.get(key) ?? 0) + n)
  }
  return total
}

export interface RiseWeek extends Period {
  readonly baselineMethod: BaselineMethod
}

export interface RiseRow {
  readonly key: string
  readonly cells: readonly RiseCell[]
}

export interface Rises {
  readonly weeks: readonly RiseWeek[]
  readonly rows: readonly RiseRow[]
  /** Rows before the cap. */
  readonly totalRows: number
  readonly minCount: number
}

/**
 * The rises of a dimension over `weeks` weeks ending on `to`. Category and district rows are every
 * code (a zero row too, so the heat map is whole); unit rows are the units with items in any of
 * the weeks; business rows the businesses named by an item in the latest week.
 */
export function computeRises(
  simulator: Simulator,
  {
    dimension,
    to,
    weeks,
    filters = {},
  }: { dimension: RiseDimension; to: ChinaDay; weeks: number; filters?: RiseFilters },
): Rises {
  const windows = riseWeeks(to, weeks)
  const baselines = windows.map((w) => baselineWindows(w))
  const days = new Set<number>()
  for (const [i, w] of windows.entries()) {
    for (const e of daysOf(w)) days.add(e)
    for (const b of baselines[i]?.windows ?? []) for (const e of daysOf(b)) days.add(e)
  }
  const byDay = dayCountsOf(simulator, days, dimension, filters)
  const memo = new Map<string, Map<string, number>>()
  const countsOf = (w: Period) => {
    const id = `${w.from}|${w.to}`
    let hit = memo.get(id)
    if (!hit) {
      hit = sumWindow(byDay, w)
      memo.set(id, hit)
    }
    return hit
  }
  const weekCounts = windows.map(countsOf)
  const baselineCounts = baselines.map((b) => b.windows.map(countsOf))
  const latest = weekCounts[weekCounts.length - 1] ?? new Map<string, number>()

  let keys: string[]
  if (dimension === 'category') keys = [...CATEGORY_CODES]
  else if (dimension === 'district') keys = [...DISTRICT_CODES]
  else if (dimension === 'unit') keys = [...new Set(weekCounts.flatMap((c) => [...c.keys()]))]
  else keys = [...latest.keys()]

  const minCount = RISE_MIN_COUNT[dimension]
  const rows = keys.map((key) => {
    const cells = weekCounts.map((counts, i) =>
      riseOf(
        counts.get(key) ?? 0,
        (baselineCounts[i] ?? []).map((c) => c.get(key) ?? 0),
        minCount,
      ),
    )
    return { key, cells }
  })
  const ranked = rows
    .map((row) => ({ row, key: row.key, latest: row.cells.at(-1) ?? riseOf(0, [], minCount) }))
    .sort(compareRises)
    .map(({ row }) => row)
  const cap = RISE_ROW_CAP[dimension]
  return {
    weeks: windows.map((w, i) => ({ ...w, baselineMethod: baselines[i]?.method ?? 'previousPeriods' })),
    rows: cap === null ? ranked : ranked.slice(0, cap),
    totalRows: ranked.length,
    minCount,
  }
}
