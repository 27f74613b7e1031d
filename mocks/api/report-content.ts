/**
 * The periodic analysis reports (日汇总 · 月分析 · 季报告): every figure computed from the
 * simulator's work orders for the report's period, city-wide, with the same functions as the KPI
 * endpoints (so a report agrees with the dashboard for the same period and instant):
 * headline figures with 环比 (`summary.comparison`, the previous day, month or quarter) and 同比
 * (`yearAgo`, the same dates a year earlier),
 * the six timely rates (及时分析 from the publications), the channel and kind mix, the top
 * categories with their change, districts and units ranked (best and worst lists), and the
 * hotspots of the period.
 *
 * A published report is frozen at its publication time: its figures are computed as of then.
 */
import { WALL_MIN_ITEMS, breakdownOf, kpiSummaryOf, sixTimelyOf } from './kpi-handlers'
import { rankRows, tallyByDimension, type Dimension } from '../sim/breakdowns'
import { deadlineAfterWorkingDays } from '../sim/calendar'
import { chinaDayOf, startOfChinaDay, toChinaIso } from '../sim/china-time'
import type { DeskRecords } from '../sim/desk-records'
import { computeHotspots, hotspotJson } from '../sim/hotspots'
import { computeSixTimely, computeSummary, type KpiContext, type OrderFilters } from '../sim/kpis'
import {
  onTimeOf,
  publicationDeadline,
  previousReportPeriod,
  publicationOf,
  timelyAnalysis,
  type ReportPeriod,
} from '../sim/report-publications'
import type { Simulator } from '../sim/simulator'
import { comparisonAsOf } from '../sim/periods'

/**
 * The simulator as seen at an earlier instant `at`: the aggregates read the clock through
 * `kpiContext()` and `now()`, and orders received after `at` are left out by them.
 */
export function simulatorAsOf(simulator: Simulator, at: number): Simulator {
  const context = (): KpiContext => ({
    ...simulator.kpiContext(),
    now: at,
    atRiskBefore: deadlineAfterWorkingDays(at, simulator.timeLimits.warningWindow),
  })
  const candidateOrders = (filters: OrderFilters) =>
    simulator.candidateOrders(filters).filter((o) => o.receivedAt <= at)
  // Orders that may be open at `at`: those received within the lookback before its day.
  const openAt = () => {
    const day = chinaDayOf(at)
    return candidateOrders({ from: day, to: day })
  }
  return {
    ...simulator,
    now: () => at,
    kpiContext: context,
    candidateOrders,
    ordersInRange: (from, to) => simulator.ordersInRange(from, to).filter((o) => o.receivedAt <= at),
    summary: (filters) => computeSummary(candidateOrders(filters), filters, context(), openAt()),
    sixTimely: (filters) => computeSixTimely(candidateOrders(filters), filters, context()),
  }
}

export type ReportStatus = 'open' | 'draft' | 'published'

/** Rows of a ranked list shown as best and worst (红黑榜). */
export const RANKED_ROWS = 5

/** A report exists from the day its period starts. */
export function reportExists(report: ReportPeriod, now: number): boolean {
  return startOfChinaDay(report.from) <= now
}

export function reportStatusOf(report: ReportPeriod, published: boolean, now: number): ReportStatus {
  if (published) return 'published'
  return startOfChinaDay(report.to) + 24 * 3_600_000 <= now ? 'draft' : 'open'
}

/** The report as the contract's `Report` (public/openapi.yaml). */
export function buildReport(
  simulator: Simulator,
  records: DeskRecords,
  report: ReportPeriod,
  { forWall = false }: { forWall?: boolean } = {},
) {
  // The wall's rules: no row built from fewer than 3 items, no public free text.
  const minItems = forWall ? WALL_MIN_ITEMS : 0
  const now = simulator.now()
  const limits = simulator.timeLimits
  const publication = publicationOf(simulator.seed, report, limits, records, now)
  const deadline = publicationDeadline(report, limits)
  const asOf = publication ? publication.at : now
  const view = publication ? simulatorAsOf(simulator, asOf) : simulator
  // The figures cover the period up to the instant they are computed for.
  const to = chinaDayOf(asOf) < report.to ? chinaDayOf(asOf) : report.to
  const filters: OrderFilters = { from: report.from, to }
  // 环比 against the previous report period (September for October, not the 31 days before).
  const previous = previousReportPeriod(report)
  // A report of a period still running is compared with the previous one as it stood equally
  // far in, as the summary's comparisons are (periods.ts `comparisonAsOf`).
  const previousAsOf = comparisonAsOf(report, previous, asOf)
  const {
    open: _open,
    comparison: _none,
    ...previousFigures
  } = kpiSummaryOf(
    previousAsOf === asOf ? view : simulatorAsOf(simulator, previousAsOf),
    { from: previous.from, to: previous.to },
    undefined,
  )
  const summary = {
    ...kpiSummaryOf(view, filters, undefined),
    comparison: { basis: 'previous', ...previousFigures },
  }
  const yearAgo = kpiSummaryOf(view, filters, 'yearAgo').comparison
  const sixTimely = sixTimelyOf(view, filters, timelyAnalysis(simulator.seed, limits, records, asOf, filters))
  // Items received: only the orders received in each period count, so the tallies read those
  // (not the deadline lookback the rates need); the change is against the previous report period.
  const ctx = view.kpiContext()
  const previousFilters: OrderFilters = { from: previous.from, to: previous.to }
  const currentOrders = view.ordersInRange(filters.from, filters.to)
  const previousOrders = view.ordersInRange(previous.from, previous.to)
  const ranked = (dimension: Dimension) =>
    rankRows(
      'received',
      tallyByDimension(currentOrders, 'received', dimension, filters, ctx),
      tallyByDimension(previousOrders, 'received', dimension, previousFilters, ctx),
      minItems,
    ).rows
  const closureByUnit = breakdownOf(view, 'unit', 'closure', filters, undefined, { minItems }).rows.filter(
    (row) => row.value !== null,
  )
  return {
    type: report.type,
    period: report.period,
    from: report.from,
    to: report.to,
    asOf: toChinaIso(asOf),
    status: reportStatusOf(report, publication !== null, now),
    publicationDeadlineAt: toChinaIso(deadline),
    publishedAt: publication ? toChinaIso(publication.at) : null,
    publishedBy: publication?.by ?? null,
    onTime: onTimeOf(publication, deadline, now),
    summary,
    yearAgo,
    sixTimely,
    channels: ranked('channel'),
    kinds: ranked('kind'),
    topCategories: ranked('category').slice(0, 5),
    districts: ranked('district'),
    units: ranked('unit'),
    bestUnits: closureByUnit.slice(0, RANKED_ROWS),
    worstUnits: closureByUnit.slice(-RANKED_ROWS).reverse(),
    hotspots: computeHotspots(view, filters, { minItems, withKeywords: !forWall }).map(hotspotJson),
  }
}
