import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requireAggregates } from './aggregate-access'
import { chinaDayParam, enumParam, parseQuery, periodRule, type ParsedQuery } from './params'
import { instanceOf, invalidParameters, type ParameterError } from './problem'
import { toChinaIso } from '../sim/china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, UNIT_CODES } from '../sim/domain-codes'
import {
  computeSixTimely,
  computeSummary,
  dueLookbackDays,
  matchesFilters,
  matchesMetric,
  openState,
  periodBounds,
  type KpiContext,
  type OrderFilters,
  type RateFigure,
  type SixTimelyCode,
} from '../sim/kpis'
import {
  addTo,
  API_METRICS,
  contributionOf,
  emptyTally,
  valueKindOf,
  type ApiMetric,
} from '../sim/metric-values'
import { comparisonPeriod, type CompareBasis, type Period } from '../sim/periods'
import type { Simulator } from '../sim/simulator'
import { computeTimeseries } from '../sim/timeseries'
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
  const orders = simulator.candidateOrders(filters).filter((order) => order.receivedAt <= ctx.now)
  return { ctx, orders }
}

const onTime = (figure: RateFigure) => ({ ...figure, late: figure.due - figure.onTime })

/**
 * The contract's figures that kpis.ts's summary does not hold (resolution, mediation, the
 * consumer association's `due`), in one pass. Cheap tests on the order (kind, the association
 * flag) only skip orders that the predicate would refuse anyway; the predicate decides.
 */
function extraFigures(orders: readonly WorkOrder[], filters: OrderFilters, ctx: KpiContext) {
  const bounds = periodBounds(filters)
  const resolution = emptyTally()
  const mediation = emptyTally()
  let consumerAssociationDue = 0
  for (const order of orders) {
    if (order.kind !== 'consultation') {
      const contribution = contributionOf(order, 'resolution', filters, ctx, bounds)
      if (contribution) addTo(resolution, contribution)
    }
    if (order.kind === 'complaint') {
      const contribution = contributionOf(order, 'mediation', filters, ctx, bounds)
      if (contribution) addTo(mediation, contribution)
    }
    if (order.consumerAssociation && matchesMetric(order, 'consumerAssociation', 'due', filters, ctx, bounds))
      consumerAssociationDue++
  }
  return { resolution, mediation, consumerAssociationDue }
}

/** The period figures of the contract's KpiSummary (those a comparison repeats). */
function periodFigures(orders: readonly WorkOrder[], filters: OrderFilters, ctx: KpiContext) {
  const summary = computeSummary(orders, filters, ctx)
  const { resolution, mediation, consumerAssociationDue } = extraFigures(orders, filters, ctx)
  const rate = (numerator: number, denominator: number) =>
    denominator === 0 ? null : numerator / denominator
  const {
    received: caReceived,
    resolved,
    resolutionRate,
    recoveredFen: caRecoveredFen,
  } = summary.consumerAssociation
  return {
    summary,
    figures: {
      period: { from: filters.from, to: filters.to },
      received: summary.received,
      initialCheck: onTime(summary.initialCheck),
      reportCheck: onTime(summary.reportCheck),
      closure: onTime(summary.closure),
      resolution: {
        due: resolution.denominator,
        resolved: resolution.numerator,
        rate: rate(resolution.numerator, resolution.denominator),
      },
      recoveredFen: summary.recoveredFen,
      consumerAssociation: {
        received: caReceived,
        due: consumerAssociationDue,
        resolved,
        resolutionRate,
        recoveredFen: caRecoveredFen,
      },
      complaintToCase: summary.complaintToCase,
      satisfaction: summary.satisfaction,
      mediation: {
        concluded: mediation.denominator,
        succeeded: mediation.numerator,
        rate: rate(mediation.numerator, mediation.denominator),
      },
    },
  }
}

/**
 * States at `asOf` of the orders received in the period (kpis.ts's `open` metric): `overdue` and
 * `atRisk` as the summary counts them; `total` not closed; `supervised` under an open supervision.
 */
function openFigure(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
  counted: { overdue: number; atRisk: number },
) {
  const bounds = periodBounds(filters)
  let total = 0
  let supervised = 0
  for (const order of orders) {
    if (order.receivedAt < bounds.fromMs || order.receivedAt >= bounds.toEndMs) continue
    if (!matchesFilters(order, filters, bounds) || openState(order, ctx) === null) continue
    total++
    const isOpen = (s: { openedAt: number; closedAt: number | null }) =>
      s.openedAt <= ctx.now && (s.closedAt === null || s.closedAt > ctx.now)
    if (order.supervisions.some(isOpen) || (ctx.overlayOf(order.id)?.supervisions ?? []).some(isOpen))
      supervised++
  }
  return { total, overdue: counted.overdue, atRisk: counted.atRisk, supervised }
}

export function kpiSummaryOf(simulator: Simulator, filters: OrderFilters, compare: CompareBasis | undefined) {
  const { ctx, orders } = ordersAt(simulator, filters)
  const { summary, figures } = periodFigures(orders, filters, ctx)
  let comparison = null
  if (compare !== undefined) {
    const period: Period = comparisonPeriod(filters, compare)
    const previousFilters = { ...filters, ...period }
    const previousOrders = simulator.candidateOrders(previousFilters).filter((o) => o.receivedAt <= ctx.now)
    comparison = { basis: compare, ...periodFigures(previousOrders, previousFilters, ctx).figures }
  }
  return {
    asOf: toChinaIso(ctx.now),
    ...figures,
    open: openFigure(orders, filters, ctx, summary.open),
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

export function sixTimelyOf(simulator: Simulator, filters: OrderFilters) {
  const { ctx, orders } = ordersAt(simulator, filters)
  const six = computeSixTimely(orders, filters, ctx)
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
    previous = tallyByDimension(
      simulator.candidateOrders(previousFilters),
      metric,
      dimension,
      previousFilters,
      ctx,
    )
    comparison = { basis: compare, period }
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
      return jsonResponse(context, sixTimelyOf(context.state.simulator, filtersOf(query.value)))
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
        lookbackDays: dueLookbackDays(simulator.timeLimits),
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
