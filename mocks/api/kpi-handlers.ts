import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requireAggregates } from './aggregate-access'
import { chinaDayParam, enumParam, parseQuery, periodRule, type ParsedQuery } from './params'
import { instanceOf, invalidParameters, type ParameterError } from './problem'
import { toChinaIso } from '../sim/china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, UNIT_CODES } from '../sim/domain-codes'
import {
  type AnalysisCount,
  computePeriodFigures,
  computeSixTimely,
  type KpiContext,
  type OrderFilters,
  type PeriodFigures,
  type RateFigure,
  type SixTimelyCode,
} from '../sim/kpis'
import { API_METRICS, valueKindOf, type ApiMetric } from '../sim/metric-values'
import { comparisonAsOf, comparisonPeriod, type CompareBasis, type Period } from '../sim/periods'
import { timelyAnalysis } from '../sim/report-publications'
import type { Simulator } from '../sim/simulator'
import { computeTimeseries } from '../sim/timeseries'
import { receivedBy } from '../sim/day-table-lists'
import { DIMENSIONS, rankRows, tallyByDimension, type Dimension } from '../sim/breakdowns'
import type { KindCode } from '../sim/domain-codes'
import type { WorkOrder } from '../sim/work-order'

/** The contract's limits (public/openapi.yaml, "Periods"). */
export const MAX_PERIOD_DAYS = 1096
export const MAX_DAILY_SERIES_DAYS = 366

/** `from`, `to` (required) and the dimension filters, as the contract's common parameters. */
export const filterShape = {
  from: chinaDayParam,
  to: chinaDayParam,
  district: z.optional(enumParam(DISTRICT_CODES)),
  channel: z.optional(enumParam(CHANNEL_CODES)),
  kind: z.optional(enumParam(KIND_CODES)),
  category: z.optional(enumParam(CATEGORY_CODES)),
  unit: z.optional(enumParam(UNIT_CODES)),
}

export const compareParam = z.optional(enumParam(['previous', 'yearAgo'] as const))
export const metricParam = enumParam(API_METRICS)

export function filtersOf(query: ParsedQuery<typeof filterShape>): OrderFilters {
  const { from, to, district, channel, kind, category, unit } = query
  return { from, to, district, channel, kind, category, unit }
}

/** The orders that can count for `filters`, seen at one clock reading (`ctx.now`). */
export function ordersAt(
  simulator: Simulator,
  filters: OrderFilters,
): { ctx: KpiContext; orders: WorkOrder[] } {
  const ctx = simulator.kpiContext()
  return { ctx, orders: receivedBy(simulator.candidateOrders(filters), ctx.now) }
}

const onTime = (figure: RateFigure) => ({ ...figure, late: figure.due - figure.onTime })

/** kpis.ts's period figures in the contract's shape (those a comparison repeats). */
function contractFigures(figures: PeriodFigures, filters: OrderFilters) {
  return {
    period: { from: filters.from, to: filters.to },
    received: figures.received,
    initialCheck: onTime(figures.initialCheck),
    reportCheck: onTime(figures.reportCheck),
    closure: onTime(figures.closure),
    resolution: figures.resolution,
    recoveredFen: figures.recoveredFen,
    consumerAssociation: figures.consumerAssociation,
    complaintToCase: figures.complaintToCase,
    satisfaction: figures.satisfaction,
    mediation: figures.mediation,
  }
}

export function kpiSummaryOf(simulator: Simulator, filters: OrderFilters, compare: CompareBasis | undefined) {
  const summary = simulator.summary(filters)
  let comparison = null
  if (compare !== undefined) {
    const period: Period = comparisonPeriod(filters, compare)
    const previousFilters = { ...filters, ...period }
    // Timed from the summary's own instant, whatever the clock did meanwhile: as far into the
    // comparison period as the period itself has got (periods.ts `comparisonAsOf`).
    const ctx: KpiContext = { ...simulator.kpiContext(), now: comparisonAsOf(filters, period, summary.asOf) }
    const previousOrders = receivedBy(simulator.candidateOrders(previousFilters), ctx.now)
    const previous = computePeriodFigures(previousOrders, previousFilters, ctx)
    comparison = {
      basis: compare,
      ...contractFigures(previous, previousFilters),
      asOf: toChinaIso(ctx.now),
    }
  }
  return {
    asOf: toChinaIso(summary.asOf),
    ...contractFigures(summary, filters),
    open: summary.open,
    comparison,
  }
}

const SIX_TIMELY_API: Record<
  SixTimelyCode,
  { metric: ApiMetric | null; kinds: KindCode[]; limit: (s: Simulator) => number }
> = {
  acceptance: {
    metric: 'timelyAcceptance',
    kinds: ['complaint'],
    limit: (s) => s.timeLimits.complaintAcceptance,
  },
  dispatch: { metric: 'timelyDispatch', kinds: ['complaint', 'report'], limit: (s) => s.timeLimits.dispatch },
  handling: {
    metric: 'timelyHandling',
    kinds: ['complaint', 'report'],
    limit: (s) => s.timeLimits.mediation,
  },
  supervision: {
    metric: 'timelySupervision',
    kinds: ['complaint', 'report'],
    limit: (s) => s.timeLimits.supervisionAfterOverdue,
  },
  reply: {
    metric: 'timelyReply',
    kinds: ['complaint', 'report'],
    limit: (s) => s.timeLimits.terminationNotice,
  },
  analysis: { metric: null, kinds: [], limit: (s) => s.timeLimits.analysisPublication },
}

/** `analysis`: the 及时分析 count from report publications (timelyAnalysis); 0 / 0 without it. */
export function sixTimelyOf(simulator: Simulator, filters: OrderFilters, analysis?: AnalysisCount) {
  const { ctx, orders } = ordersAt(simulator, filters)
  const six = computeSixTimely(orders, filters, ctx, analysis)
  return {
    asOf: toChinaIso(six.asOf),
    period: { from: filters.from, to: filters.to },
    items: six.rates.map((item) => {
      const api = SIX_TIMELY_API[item.code]
      const parts =
        item.code === 'dispatch'
          ? [
              {
                code: 'routedCorrectly',
                numerator: six.dispatchCorrect,
                denominator: item.denominator,
                rate: item.denominator === 0 ? null : six.dispatchCorrect / item.denominator,
              },
            ]
          : []
      return {
        code: item.code,
        metric: api.metric,
        numerator: item.numerator,
        denominator: item.denominator,
        rate: item.rate,
        target: item.target,
        definition: {
          proposal: true,
          timeLimit: { value: api.limit(simulator), unit: 'workingDays' },
          kinds: api.kinds,
          periodBasis: 'deadline',
        },
        parts,
      }
    }),
  }
}

const summaryShape = { ...filterShape, compare: compareParam }
const sixTimelyShape = filterShape
const timeseriesShape = {
  ...filterShape,
  metric: metricParam,
  interval: enumParam(['day', 'week', 'month'] as const),
  split: z.optional(enumParam(['channel', 'kind'] as const)),
}

const breakdownShape = { ...filterShape, metric: metricParam, compare: compareParam }

/** For the `wall` role, rows built from fewer items are left out (public/openapi.yaml, "Roles"). */
export const WALL_MIN_ITEMS = 3

function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value)
}

export function breakdownOf(
  simulator: Simulator,
  dimension: Dimension,
  metric: ApiMetric,
  filters: OrderFilters,
  compare: CompareBasis | undefined,
  { minItems = 0 }: { minItems?: number } = {},
) {
  const { ctx, orders } = ordersAt(simulator, filters)
  const current = tallyByDimension(orders, metric, dimension, filters, ctx)
  let comparison = null
  let previous = null
  if (compare !== undefined) {
    const period = comparisonPeriod(filters, compare)
    const previousFilters = { ...filters, ...period }
    const previousCtx: KpiContext = { ...ctx, now: comparisonAsOf(filters, period, ctx.now) }
    previous = tallyByDimension(
      receivedBy(simulator.candidateOrders(previousFilters), previousCtx.now),
      metric,
      dimension,
      previousFilters,
      previousCtx,
    )
    comparison = { basis: compare, period, asOf: toChinaIso(previousCtx.now) }
  }
  const { rows, suppressedRows } = rankRows(metric, current, previous, minItems)
  return {
    asOf: toChinaIso(ctx.now),
    period: { from: filters.from, to: filters.to },
    dimension,
    metric,
    valueKind: valueKindOf(metric),
    comparison,
    rows,
    suppressedRows,
  }
}

function timeseriesRule(query: ParsedQuery<typeof timeseriesShape>): ParameterError[] {
  const errors = periodRule(MAX_PERIOD_DAYS)(query)
  if (errors.length > 0) return errors
  return query.interval === 'day' ? periodRule(MAX_DAILY_SERIES_DAYS)(query) : []
}

export function kpiHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/kpis/summary'), ({ request, cookies }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const query = parseQuery(request.url, summaryShape, periodRule(MAX_PERIOD_DAYS))
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      return jsonResponse(
        context,
        kpiSummaryOf(context.state.simulator, filtersOf(query.value), query.value.compare),
      )
    }),

    http.get(apiPath('/kpis/six-timely'), ({ request, cookies }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const query = parseQuery(request.url, sixTimelyShape, periodRule(MAX_PERIOD_DAYS))
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const simulator = context.state.simulator
      const filters = filtersOf(query.value)
      const analysis = timelyAnalysis(
        simulator.seed,
        simulator.timeLimits,
        context.state.deskRecords,
        simulator.now(),
        filters,
      )
      return jsonResponse(context, sixTimelyOf(simulator, filters, analysis))
    }),

    http.get(apiPath('/kpis/timeseries'), ({ request, cookies }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const query = parseQuery(request.url, timeseriesShape, timeseriesRule)
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const { metric, interval, split } = query.value
      const filters = filtersOf(query.value)
      const simulator = context.state.simulator
      const { ctx, orders } = ordersAt(simulator, filters)
      const series = computeTimeseries({
        orders,
        metric,
        interval,
        split: split ?? null,
        filters,
        ctx,
      })
      return jsonResponse(context, {
        asOf: toChinaIso(ctx.now),
        period: { from: filters.from, to: filters.to },
        metric,
        valueKind: valueKindOf(metric),
        interval,
        split: split ?? null,
        series,
      })
    }),

    http.get(apiPath('/breakdowns/:dimension'), ({ request, cookies, params }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const dimension = params.dimension
      const pathErrors: ParameterError[] =
        typeof dimension === 'string' && isDimension(dimension)
          ? []
          : [
              {
                in: 'path',
                parameter: 'dimension',
                code: 'enum',
                message: `must be one of: ${DIMENSIONS.join(', ')}`,
              },
            ]
      const query = parseQuery(request.url, breakdownShape, periodRule(MAX_PERIOD_DAYS))
      const errors = [...pathErrors, ...(query.ok ? [] : query.errors)]
      if (!query.ok || errors.length > 0 || !isDimension(dimension))
        return invalidParameters(errors, instance)
      const { metric, compare } = query.value
      return jsonResponse(
        context,
        breakdownOf(context.state.simulator, dimension, metric, filtersOf(query.value), compare, {
          minItems: access.auth.user.role === 'wall' ? WALL_MIN_ITEMS : 0,
        }),
      )
    }),
  ]
}
