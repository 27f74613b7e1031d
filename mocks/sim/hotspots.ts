/**
 * Hotspots: counts that rise above their baseline. The method (public/openapi.yaml, `GET
 * /hotspots` and `SpikeDetail`; issue 8):
 *
 * - a window's count (items by receipt day) is compared with the same count over earlier windows
 *   of equal length: by default the 8 windows just before it;
 * - holiday-aware: a window that overlaps a Golden Week (an official holiday of 5 days or more:
 *   Spring Festival, Labour Day, National Day) is compared with the same holiday in the 3
 *   previous years, aligned on the holiday's first day, not with ordinary weeks; and an ordinary
 *   window's baseline skips earlier windows that overlap a Golden Week, so a holiday peak does
 *   not lift the weeks after it;
 * - a surge is a count above mean + 2 standard deviations (population SD) of the baseline, with
 *   a minimum count (a category rising from 1 to 4 items is not an alarm) and at least double
 *   the mean (`MIN_SURGE_RISE`: a material rise, not noise or yearly growth).
 *
 * Every figure is counted from the simulator's work orders.
 */
import { calendarYear, isWorkingDay } from './calendar'
import { addDays, chinaDayOf, dayFromEpochDay, epochDayOf, yearOf, type ChinaDay } from './china-time'
import type { CategoryCode, DistrictCode } from './domain-codes'
import { matchesDimensions, type OrderFilters } from './kpis'
import { clipText, hostilePick, textSeedOf } from './hostile-text'
import { orderText } from './order-text'
import type { Period } from './periods'
import type { Simulator } from './simulator'
import type { WorkOrder } from './work-order'

export const BASELINE_PERIODS = 8
/** The fewest ordinary windows a baseline is built from. */
export const MIN_BASELINE_PERIODS = 4
export const HOLIDAY_BASELINE_YEARS = 3
/** The shortest official holiday called a Golden Week (黄金周). */
export const GOLDEN_WEEK_MIN_DAYS = 5
export const SURGE_SIGMAS = 2
/** A weekly count below this is never a surge: city-wide, and in one district (where noise is larger). */
export const MIN_SURGE_COUNT_CITY = 20
export const MIN_SURGE_COUNT_DISTRICT = 50
/**
 * A surge must also be a material rise: at least this much above the mean (1 = double). The
 * 2-SD test alone fires on ordinary noise and year-on-year growth when the baseline's spread is
 * small (measured on the calibrated city: hundreds of weekly "surges" a year without it).
 */
export const MIN_SURGE_RISE = 1
/** Days after a Golden Week still compared as part of it (complaints arrive after the trip). */
export const HOLIDAY_AFTERMATH_DAYS = 7
/** How far back an ordinary window's baseline may search for windows clear of Golden Weeks. */
const MAX_BASELINE_STEPS = 16

export type GoldenWeekSeason = 'springFestival' | 'labourDay' | 'nationalDay'

export interface GoldenWeek extends Period {
  readonly season: GoldenWeekSeason
}

export type BaselineMethod = 'previousPeriods' | 'sameHoliday'

export interface Baseline {
  readonly method: BaselineMethod
  readonly windows: readonly Period[]
}

const goldenWeekMemo = new Map<number, readonly GoldenWeek[]>()

function seasonOf(firstDay: ChinaDay): GoldenWeekSeason | null {
  const month = Number(firstDay.slice(5, 7))
  if (month <= 2) return 'springFestival'
  if (month === 4 || month === 5) return 'labourDay'
  if (month === 9 || month === 10) return 'nationalDay'
  return null
}

/** Holidays this close to a Golden Week make one holiday period with it (Mid-Autumn before National Day). */
export const HOLIDAY_MERGE_GAP_DAYS = 7

/**
 * The Golden Weeks of a year, from the official calendar (none in an assumed year): runs of
 * holidays of 5 days or more, each with the holidays up to 7 days before or after it (2026's
 * Mid-Autumn holiday, 09-25..09-27, joins National Day, 10-01..10-07), so that a year whose
 * holidays are split is compared with one where they fall together.
 */
export function goldenWeeksOf(year: number): readonly GoldenWeek[] {
  const hit = goldenWeekMemo.get(year)
  if (hit) return hit
  let days: readonly ChinaDay[]
  try {
    days = calendarYear(year).holidays
  } catch {
    // A year outside the calendar's range has no Golden Weeks.
    days = []
  }
  const runs: { from: ChinaDay; to: ChinaDay }[] = []
  for (const day of days) {
    const last = runs[runs.length - 1]
    if (last && epochDayOf(day) === epochDayOf(last.to) + 1) last.to = day
    else runs.push({ from: day, to: day })
  }
  const span = (run: { from: ChinaDay; to: ChinaDay }) => epochDayOf(run.to) - epochDayOf(run.from) + 1
  const weeks: GoldenWeek[] = []
  runs.forEach((run, index) => {
    if (span(run) < GOLDEN_WEEK_MIN_DAYS) return
    const season = seasonOf(run.from)
    if (season === null) return
    let { from, to } = run
    for (let i = index - 1; i >= 0; i--) {
      const before = runs[i]
      if (!before || epochDayOf(from) - epochDayOf(before.to) - 1 > HOLIDAY_MERGE_GAP_DAYS) break
      from = before.from
    }
    for (let i = index + 1; i < runs.length; i++) {
      const after = runs[i]
      if (!after || epochDayOf(after.from) - epochDayOf(to) - 1 > HOLIDAY_MERGE_GAP_DAYS) break
      to = after.to
    }
    weeks.push({ season, from, to })
  })
  goldenWeekMemo.set(year, weeks)
  return weeks
}

function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to
}

/**
 * The Golden Week a window overlaps, if any (the first one when it spans two). A holiday's
 * aftermath counts with it: complaints about a holiday trip keep arriving for days after it.
 */
export function goldenWeekOverlapping(window: Period): GoldenWeek | null {
  for (let year = yearOf(window.from) - 1; year <= yearOf(window.to); year++) {
    for (const week of goldenWeeksOf(year)) {
      if (overlaps({ from: week.from, to: addDays(week.to, HOLIDAY_AFTERMATH_DAYS) }, window)) return week
    }
  }
  return null
}

/** How far an earlier holiday's window may move to match the current window's mix of days. */
const ALIGNMENT_NUDGE_DAYS = 7

/** Official holidays and working days in a window. */
function compositionOf(window: Period): { holidays: number; workingDays: number } {
  let holidays = 0
  let workingDays = 0
  for (let e = epochDayOf(window.from); e <= epochDayOf(window.to); e++) {
    const day = dayFromEpochDay(e)
    if (holidaySet(yearOf(day)).has(day)) holidays++
    else if (isWorkingDay(day)) workingDays++
  }
  return { holidays, workingDays }
}

const holidaySetMemo = new Map<number, ReadonlySet<ChinaDay>>()
function holidaySet(year: number): ReadonlySet<ChinaDay> {
  let set = holidaySetMemo.get(year)
  if (!set) {
    set = new Set(calendarYear(year).holidays)
    holidaySetMemo.set(year, set)
  }
  return set
}

function lengthOf(window: Period): number {
  return epochDayOf(window.to) - epochDayOf(window.from) + 1
}

function shifted(window: Period, days: number): Period {
  return { from: addDays(window.from, days), to: addDays(window.to, days) }
}

/**
 * The windows a window is compared with (see the module comment). A Golden Week window with
 * fewer than 2 earlier holidays on record falls back to the previous windows.
 */
export function baselineWindows(window: Period): Baseline {
  const key = `${window.from}|${window.to}`
  const hit = baselineMemo.get(key)
  if (hit) return hit
  const baseline = computeBaselineWindows(window)
  baselineMemo.set(key, baseline)
  return baseline
}

const baselineMemo = new Map<string, Baseline>()

function computeBaselineWindows(window: Period): Baseline {
  const holiday = goldenWeekOverlapping(window)
  if (holiday) {
    const windows: Period[] = []
    const year = yearOf(holiday.from)
    const wanted = compositionOf(window)
    for (let back = 1; back <= HOLIDAY_BASELINE_YEARS; back++) {
      const earlier = goldenWeeksOf(year - back).find((week) => week.season === holiday.season)
      if (!earlier) continue
      // Aligned on the holiday's first day, then moved by up to a week to the window with the
      // same mix of holidays and working days (holidays fall differently each year).
      const base = epochDayOf(earlier.from) - epochDayOf(holiday.from)
      let best: { window: Period; score: number } | null = null
      for (let nudge = -ALIGNMENT_NUDGE_DAYS; nudge <= ALIGNMENT_NUDGE_DAYS; nudge++) {
        const candidate = shifted(window, base + nudge)
        const mix = compositionOf(candidate)
        const score =
          100 * Math.abs(mix.holidays - wanted.holidays) +
          10 * Math.abs(mix.workingDays - wanted.workingDays) +
          Math.abs(nudge)
        if (!best || score < best.score) best = { window: candidate, score }
      }
      if (best) windows.push(best.window)
    }
    if (windows.length >= 2) return { method: 'sameHoliday', windows }
  }
  const length = lengthOf(window)
  const windows: Period[] = []
  // The 8 windows just before, leaving out those in a Golden Week or its aftermath; reaching
  // further back only when fewer than MIN_BASELINE_PERIODS are left, so the baseline stays
  // recent (a seasonal decline must not read as a surge after a holiday).
  for (
    let step = 1;
    step <= MAX_BASELINE_STEPS && (step <= BASELINE_PERIODS || windows.length < MIN_BASELINE_PERIODS);
    step++
  ) {
    const candidate = shifted(window, -step * length)
    if (goldenWeekOverlapping(candidate) === null) windows.push(candidate)
  }
  return { method: 'previousPeriods', windows }
}

export interface Surge {
  readonly count: number
  readonly baselineMean: number
  readonly baselineStdDev: number
  readonly threshold: number
  /** (count − mean) ÷ SD; null when the SD is 0. */
  readonly zScore: number | null
  /** (count − mean) ÷ mean; null when the mean is 0. */
  readonly change: number | null
  /** Above the threshold, at least the minimum count and a material rise. */
  readonly surge: boolean
}

/** Mean and population standard deviation. */
export function meanAndStdDev(values: readonly number[]): { mean: number; stdDev: number } {
  if (values.length === 0) return { mean: 0, stdDev: 0 }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length
  return { mean, stdDev: Math.sqrt(variance) }
}

export function surgeOf(count: number, baseline: readonly number[], minCount: number): Surge {
  const { mean, stdDev } = meanAndStdDev(baseline)
  const threshold = mean + SURGE_SIGMAS * stdDev
  return {
    count,
    baselineMean: mean,
    baselineStdDev: stdDev,
    threshold,
    zScore: stdDev === 0 ? null : (count - mean) / stdDev,
    change: mean === 0 ? null : (count - mean) / mean,
    surge:
      baseline.length > 0 && count > threshold && count >= minCount && count >= (1 + MIN_SURGE_RISE) * mean,
  }
}

/** A hotspot key: a category city-wide (`district` null) or a category in a district. */
export interface HotspotKey {
  readonly category: CategoryCode
  readonly district: DistrictCode | null
}

export const keyOf = (category: string, district: string | null): string =>
  district === null ? category : `${category}|${district}`

/** Counts of a window by category and by category × district, over the orders matching `filters`. */
export function countWindow(
  simulator: Simulator,
  window: Period,
  filters: Omit<OrderFilters, 'from' | 'to'> = {},
): Map<string, number> {
  const counts = new Map<string, number>()
  const full = { ...filters, from: window.from, to: window.to }
  for (const order of simulator.ordersInRange(window.from, window.to)) {
    if (!matchesDimensions(order, full)) continue
    for (const key of [keyOf(order.category, null), keyOf(order.category, order.district)])
      counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

const dayCountMemo = new WeakMap<Simulator, Map<number, Map<string, number>>>()

/**
 * Counts of one complete China day, memoized per simulator: a day before the clock's day never
 * changes (orders are generated whole and receipt times never move).
 */
export function dayCounts(simulator: Simulator, epochDay: number): Map<string, number> {
  let memo = dayCountMemo.get(simulator)
  if (!memo) {
    memo = new Map()
    dayCountMemo.set(simulator, memo)
  }
  const hit = memo.get(epochDay)
  if (hit) return hit
  const day = dayFromEpochDay(epochDay)
  const counts = countWindow(simulator, { from: day, to: day })
  if (epochDay < epochDayOf(chinaDayOf(simulator.now()))) memo.set(epochDay, counts)
  return counts
}

/** A window's counts from the memoized day counts (for the alerts' daily evaluations). */
export function windowCounts(simulator: Simulator, window: Period): Map<string, number> {
  const total = new Map<string, number>()
  for (let e = epochDayOf(window.from); e <= epochDayOf(window.to); e++) {
    for (const [key, n] of dayCounts(simulator, e)) total.set(key, (total.get(key) ?? 0) + n)
  }
  return total
}

export interface Hotspot extends Surge {
  readonly category: CategoryCode
  readonly district: DistrictCode
  readonly method: BaselineMethod
  readonly keywords: readonly { term: string; count: number }[]
}

export const MAX_HOTSPOTS = 20
const MAX_KEYWORDS = 10
/** The contract's maxLength of a term, in code points. */
const MAX_TERM_LENGTH = 50
const TERM_SPLIT = /[\s，。、；：！？,.;:!?“”"'（）()《》<>【】[\]{}]+/u

/**
 * Frequent terms of the items' summaries: the clauses of the text with digits taken out, kept
 * when at least two items share them. Plain text: the caller never builds markup from it.
 */
export function keywordsOf(orders: readonly WorkOrder[]): { term: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const order of orders) {
    const seen = new Set<string>()
    for (const part of orderText(order).summary.split(TERM_SPLIT)) {
      const term = part.replace(/[0-9]+/g, '').trim()
      const length = Array.from(term).length
      if (length < 2 || length > MAX_TERM_LENGTH || seen.has(term)) continue
      seen.add(term)
      counts.set(term, (counts.get(term) ?? 0) + 1)
    }
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_KEYWORDS)
    .map(([term, count]) => ({ term, count }))
}

/**
 * The category × district pairs of a period ranked by their rise above the baseline (z-score
 * first, then the relative change; pairs at or below their mean are not hotspots), at most 20.
 * `minItems` leaves out pairs built from fewer items (the wall's rule); `withKeywords` false
 * leaves keywords empty (the wall sees no public free text).
 */
export function computeHotspots(
  simulator: Simulator,
  filters: OrderFilters,
  { minItems = 1, withKeywords = true }: { minItems?: number; withKeywords?: boolean } = {},
): Hotspot[] {
  const window = { from: filters.from, to: filters.to }
  const { category, district, channel, kind, unit } = filters
  const dims = { category, district, channel, kind, unit }
  const current = countWindow(simulator, window, dims)
  const baseline = baselineWindows(window)
  const earlier = baseline.windows.map((w) => countWindow(simulator, w, dims))
  const scale = lengthOf(window) / 7
  const rising: Hotspot[] = []
  for (const [key, count] of current) {
    const [cat, dist] = key.split('|') as [CategoryCode, DistrictCode | undefined]
    if (dist === undefined || count < Math.max(1, minItems)) continue
    const surge = surgeOf(
      count,
      earlier.map((c) => c.get(key) ?? 0),
      Math.ceil(MIN_SURGE_COUNT_DISTRICT * scale),
    )
    if (count <= surge.baselineMean) continue
    rising.push({ ...surge, category: cat, district: dist, method: baseline.method, keywords: [] })
  }
  rising.sort(
    (a, b) =>
      (b.zScore ?? Number.POSITIVE_INFINITY) - (a.zScore ?? Number.POSITIVE_INFINITY) ||
      (b.change ?? Number.POSITIVE_INFINITY) - (a.change ?? Number.POSITIVE_INFINITY) ||
      b.count - a.count ||
      keyOf(a.category, a.district).localeCompare(keyOf(b.category, b.district)),
  )
  const top = rising.slice(0, MAX_HOTSPOTS)
  if (!withKeywords || top.length === 0) return top
  const orders = simulator
    .ordersInRange(window.from, window.to)
    .filter((o) => matchesDimensions(o, { ...dims, ...window }))
  const hostile = simulator.scenario === 'hostile-text'
  return top.map((hotspot) => {
    const keywords = keywordsOf(
      orders.filter((o) => o.category === hotspot.category && o.district === hotspot.district),
    )
    return { ...hotspot, keywords: hostile ? withHostileTerm(keywords, hotspot) : keywords }
  })
}

/**
 * The `hostile-text` city's terms: a hostile text first, whole (the clauses of a hostile summary
 * are split at its markup, and a whole one is seldom among the most frequent), clipped to the
 * contract's 50 code points.
 */
function withHostileTerm(
  keywords: readonly { term: string; count: number }[],
  hotspot: Pick<Hotspot, 'category' | 'district'>,
): { term: string; count: number }[] {
  const term = clipText(
    hostilePick(textSeedOf(keyOf(hotspot.category, hotspot.district)), 0),
    MAX_TERM_LENGTH,
  )
  const rest = keywords.filter((k) => k.term !== term)
  return [{ term, count: Math.max(2, keywords[0]?.count ?? 0) }, ...rest].slice(0, MAX_KEYWORDS)
}

/** A hotspot as the contract's `Hotspot` (keywords already emptied for the wall). */
export function hotspotJson(hotspot: Hotspot) {
  return {
    category: hotspot.category,
    district: hotspot.district,
    count: hotspot.count,
    baselineMean: hotspot.baselineMean,
    baselineStdDev: hotspot.baselineStdDev,
    threshold: hotspot.threshold,
    zScore: hotspot.zScore,
    change: hotspot.change,
    surge: hotspot.surge,
    baselineMethod: hotspot.method,
    keywords: hotspot.keywords,
  }
}
