/**
 * Aggregates, computed ONLY from work orders, with the same predicates the work-order list uses.
 *
 * Every figure of the summary is "the number of orders for which `matchesMetric(order, metric,
 * outcome, filters, ctx)` holds" (or a sum over exactly those orders), so the list filtered by
 * `metric` + `outcome` has a `total` equal to the figure by construction. The definitions below are
 * written to go into the OpenAPI descriptions.
 *
 * Periods: `from` / `to` are China days, both included. Unless a definition says otherwise, an
 * order belongs to the period by its receipt time. The three on-time rates take the period by due
 * date instead (the day the limit ends), as the city's monthly reports do: that is why the
 * simulator hands in orders received up to `dueLookbackDays(limits)` before `from`.
 * Everything is "as of" `ctx.now`: stages completed later are not done, orders received later do
 * not exist (the simulator never hands them in).
 */
import { MS_PER_DAY, startOfChinaDay, type ChinaDay } from './china-time'
import type { CategoryCode, ChannelCode, DistrictCode, KindCode, UnitCode } from './domain-codes'
import type { TimeLimits } from './time-limits'
import {
  completedAsOf,
  effectiveDeadline,
  EMPTY_OVERLAY,
  onTimeAt,
  stageStateAt,
  STAGES_BY_KIND,
  type ExtensionShift,
  type OrderOverlay,
  type StageCode,
  type WorkOrder,
} from './work-order'

/** The common filters of the API (`from`, `to`, `district`, `channel`, `kind`, `category`, `unit`). */
export interface OrderFilters {
  readonly from: ChinaDay
  readonly to: ChinaDay
  readonly district?: DistrictCode | undefined
  readonly channel?: ChannelCode | undefined
  readonly kind?: KindCode | undefined
  readonly category?: CategoryCode | undefined
  readonly unit?: UnitCode | undefined
}

/** What the aggregates need besides the orders: the clock, the users' overlay, the calendar. */
export interface KpiContext {
  readonly now: number
  readonly overlayOf: (orderId: string) => OrderOverlay | undefined
  /** Moves a deadline by n working days (for extension decisions). */
  readonly shift: ExtensionShift
  /** The end of the warning window ("yellow card") for deadlines, computed from `now`. */
  readonly atRiskBefore: number
  /** 24:00 of the nth working day after the China day of `ms` (the calendar's rule). */
  readonly afterWorkingDays: (ms: number, n: number) => number
  /** Working days allowed to put an overdue item under supervision (time limits). */
  readonly supervisionAfterOverdue: number
}

/**
 * A stage still open this long after its limit ended (noon of the first overdue day) gets a red
 * card and must be put under supervision (督办) within `supervisionAfterOverdue` working days.
 */
export const RED_CARD_AFTER_MS = 12 * 60 * 60 * 1000

/**
 * Orders whose limit may fall due in a period can have been received this many calendar days
 * before it: mediation after an acceptance decision taken within its limit, plus up to 15 working
 * days of testing or appraisal and a return and re-dispatch, counted at 5 working days a week
 * plus three weeks of holidays. A test proves no generated deadline reaches further.
 */
export function dueLookbackDays(limits: TimeLimits): number {
  const workingDays = Math.max(
    limits.complaintAcceptance + limits.mediation + 15,
    limits.reportVerification + limits.reportVerificationExtension,
    limits.hotline12345Handling + limits.hotline12345Extension,
  )
  return Math.ceil(((workingDays + limits.wrongUnitReturn + 2) * 7) / 5) + 21
}

export const METRIC_OUTCOMES = {
  /** Orders received in the period. */
  received: ['all'],
  /**
   * 按时初查率 on-time initial-check rate. Denominator (`due`): complaints whose acceptance decision
   * (the end of the initial review, 初查) fell due in the period (the last day of its limit, 7
   * working days after receipt or re-dispatch, in [from, to]) and that were decided by `asOf` or
   * are past the limit at `asOf`. Numerator (`onTime`): those decided before the limit ended.
   * `late`: due minus onTime (decided late, or still undecided past the limit).
   */
  initialCheck: ['due', 'onTime', 'late'],
  /**
   * 举报按时核查率 on-time report verification: reports whose verification limit (15 working days
   * after receipt, +15 with an approved extension) fell due in the period, verified or past the
   * limit at `asOf`; `onTime` verified before it ended.
   */
  reportCheck: ['due', 'onTime', 'late'],
  /**
   * 按时办结率 on-time closure: complaints and reports (consultations are outside the denominator)
   * whose closure limit fell due in the period and that were closed or past the limit at `asOf`;
   * `onTime` closed before it ended. Closure limit: complaints 45 working days from the
   * acceptance decision (testing and appraisal days not counted); reports their verification
   * limit; items from the 12345 hotline 5 working days from receipt (+ an approved extension of
   * up to 10).
   */
  closure: ['due', 'onTime', 'late'],
  /**
   * 挽回经济损失 recovered losses: money returned to consumers (fen) by orders received in the
   * period and closed by `asOf` (the list: those with a recovered amount above 0).
   */
  recovered: ['all'],
  /**
   * The consumer association's (消协) own intake, received in the period: `received` all of them;
   * `resolved` closed in any way by `asOf` (mediated, terminated or refused with notice,
   * withdrawn); `due` resolved, or open with a stage past its limit at `asOf` (the resolution
   * rate's denominator, 处结率 [proposal]).
   */
  consumerAssociation: ['received', 'resolved', 'due'],
  /**
   * 及时分流 timely dispatch [proposal]: complaints and reports whose dispatch limit (1 working
   * day after receipt) fell due in the period, dispatched or past it at `asOf`; `onTime`
   * dispatched before it ended. `correct`: of those due, routed to the right unit the first time
   * (no return from a wrong unit).
   */
  dispatch: ['due', 'onTime', 'late', 'correct'],
  /**
   * 及时督办 timely supervision [proposal]: orders with a stage (acceptance decision,
   * verification, closure) whose limit ended in the period and that was still open at noon of
   * the first overdue day (red card), counted once the supervision window (1 working day after
   * that day) has ended or a supervision was opened; `onTime` put under supervision (督办, by the
   * model or a user) within the window.
   */
  supervision: ['due', 'onTime', 'late'],
  /**
   * 及时回复 timely reply [proposal]: complaints and reports whose reply limit fell due in the
   * period (the person told of the outcome: termination / refusal notice 7 working days after
   * the decision, reporter 5 working days), replied or past it at `asOf`; `onTime` before it ended.
   */
  reply: ['due', 'onTime', 'late'],
  /** 诉转案: complaints received in the period that led to a penalty case, known by `asOf`. */
  complaintToCase: ['all'],
  /**
   * Orders received in the period and not closed at `asOf`: `overdue` when a stage is open past
   * its limit (red card); `atRisk` when not overdue and a stage's limit ends within the warning
   * window (1 working day, yellow card).
   */
  open: ['overdue', 'atRisk'],
  /**
   * 回访满意率: orders received in the period whose follow-up call reached the person by `asOf`
   * (`surveyed`), and of those the `satisfied` and `dissatisfied` ones.
   */
  satisfaction: ['surveyed', 'satisfied', 'dissatisfied'],
} as const satisfies Record<string, readonly string[]>

export type Metric = keyof typeof METRIC_OUTCOMES
export type MetricOutcome<M extends Metric = Metric> = (typeof METRIC_OUTCOMES)[M][number]

export const METRICS = Object.keys(METRIC_OUTCOMES) as Metric[]

export function isMetricOutcome<M extends Metric>(metric: M, outcome: string): outcome is MetricOutcome<M> {
  return (METRIC_OUTCOMES[metric] as readonly string[]).includes(outcome)
}

/** The instant bounds of a period: [fromMs, toEndMs). */
export interface PeriodBounds {
  readonly fromMs: number
  readonly toEndMs: number
}

export function periodBounds(filters: Pick<OrderFilters, 'from' | 'to'>): PeriodBounds {
  return { fromMs: startOfChinaDay(filters.from), toEndMs: startOfChinaDay(filters.to) + MS_PER_DAY }
}

/** The dimension filters (district, channel, kind, category, unit), no period. */
export function matchesDimensions(order: WorkOrder, filters: OrderFilters): boolean {
  return (
    (filters.kind === undefined || order.kind === filters.kind) &&
    (filters.channel === undefined || order.channel === filters.channel) &&
    (filters.district === undefined || order.district === filters.district) &&
    (filters.category === undefined || order.category === filters.category) &&
    (filters.unit === undefined || order.unit === filters.unit)
  )
}

/** The list's filter without a metric: the dimensions, and receipt inside the period. */
export function matchesFilters(
  order: WorkOrder,
  filters: OrderFilters,
  bounds = periodBounds(filters),
): boolean {
  return (
    order.receivedAt >= bounds.fromMs &&
    order.receivedAt < bounds.toEndMs &&
    matchesDimensions(order, filters)
  )
}

function overlayFor(order: WorkOrder, ctx: KpiContext): OrderOverlay {
  return ctx.overlayOf(order.id) ?? EMPTY_OVERLAY
}

/**
 * due / onTime / late for one stage limit: the limit's last day (deadline - 1 ms) in the period,
 * and done or past the limit at `now`.
 */
function dueOutcome(
  order: WorkOrder,
  code: StageCode,
  bounds: PeriodBounds,
  ctx: KpiContext,
): 'onTime' | 'late' | null {
  const stage = order.stages[code]
  if (stage?.deadlineAt == null) return null
  // Hot path (a year's summary visits ~65k orders): no allocation unless an event can move the
  // deadline; only extension decisions do, so the overlay matters only for orders with events.
  const deadlineAt =
    order.events.length === 0
      ? stage.deadlineAt
      : (effectiveDeadline(order, code, ctx.now, overlayFor(order, ctx), ctx.shift) ?? stage.deadlineAt)
  const lastInstant = deadlineAt - 1
  if (lastInstant < bounds.fromMs || lastInstant >= bounds.toEndMs) return null
  const onTime = onTimeAt({ deadlineAt, completedAt: stage.completedAt }, ctx.now)
  if (onTime === null) return null
  return onTime ? 'onTime' : 'late'
}

function dueMatches(outcome: string, result: 'onTime' | 'late' | null): boolean {
  if (result === null) return false
  return outcome === 'due' || outcome === result
}

/** Timely supervision of one order (see METRIC_OUTCOMES.supervision); null when not due. */
function supervisionOutcome(
  order: WorkOrder,
  bounds: PeriodBounds,
  ctx: KpiContext,
): 'onTime' | 'late' | null {
  if (order.kind === 'consultation') return null
  for (const code of ['accepted', 'verified', 'closed'] as const) {
    const stage = order.stages[code]
    if (stage?.deadlineAt == null) continue
    const deadlineAt =
      order.events.length === 0
        ? stage.deadlineAt
        : (effectiveDeadline(order, code, ctx.now, overlayFor(order, ctx), ctx.shift) ?? stage.deadlineAt)
    const lastInstant = deadlineAt - 1
    if (lastInstant < bounds.fromMs || lastInstant >= bounds.toEndMs) continue
    const redCardAt = deadlineAt + RED_CARD_AFTER_MS
    if (ctx.now < redCardAt) continue
    const done = completedAsOf(stage, ctx.now)
    if (done !== null && done <= redCardAt) continue
    const windowEnd = ctx.afterWorkingDays(deadlineAt, ctx.supervisionAfterOverdue)
    const overlay = ctx.overlayOf(order.id)
    let opened = Number.POSITIVE_INFINITY
    for (const s of order.supervisions)
      if (s.openedAt <= ctx.now && s.openedAt >= deadlineAt) opened = Math.min(opened, s.openedAt)
    for (const s of overlay?.supervisions ?? []) {
      if (s.openedAt <= ctx.now && s.openedAt >= deadlineAt) opened = Math.min(opened, s.openedAt)
    }
    if (opened < windowEnd) return 'onTime'
    if (ctx.now >= windowEnd) return 'late'
    return null
  }
  return null
}

/** Open-state of an order at `now`: null when closed, else overdue / atRisk / ok. */
export function openState(order: WorkOrder, ctx: KpiContext): 'overdue' | 'atRisk' | 'ok' | null {
  if (completedAsOf(order.stages.closed, ctx.now) !== null) return null
  const overlay = order.events.length === 0 ? EMPTY_OVERLAY : overlayFor(order, ctx)
  let atRisk = false
  for (const code of STAGES_BY_KIND[order.kind]) {
    const state = stageStateAt(order, code, ctx.now, overlay, ctx.shift)
    if (state?.deadlineAt == null || state.completedAt !== null) continue
    if (ctx.now >= state.deadlineAt) return 'overdue'
    if (state.deadlineAt <= ctx.atRiskBefore) atRisk = true
  }
  return atRisk ? 'atRisk' : 'ok'
}

/**
 * THE predicate behind both the aggregates and the list's `metric` + `outcome` filter. Orders
 * received after `ctx.now` must not be passed in (the simulator never does).
 */
export function matchesMetric(
  order: WorkOrder,
  metric: Metric,
  outcome: string,
  filters: OrderFilters,
  ctx: KpiContext,
  bounds = periodBounds(filters),
): boolean {
  if (!matchesDimensions(order, filters)) return false
  switch (metric) {
    case 'initialCheck':
      return order.kind === 'complaint' && dueMatches(outcome, dueOutcome(order, 'accepted', bounds, ctx))
    case 'reportCheck':
      return order.kind === 'report' && dueMatches(outcome, dueOutcome(order, 'verified', bounds, ctx))
    case 'closure':
      return order.kind !== 'consultation' && dueMatches(outcome, dueOutcome(order, 'closed', bounds, ctx))
    case 'dispatch': {
      const result = order.kind === 'consultation' ? null : dueOutcome(order, 'dispatched', bounds, ctx)
      if (outcome === 'correct') return result !== null && !order.events.some((e) => e.type === 'return')
      return dueMatches(outcome, result)
    }
    case 'supervision':
      return dueMatches(outcome, supervisionOutcome(order, bounds, ctx))
    case 'reply':
      return order.kind !== 'consultation' && dueMatches(outcome, dueOutcome(order, 'replied', bounds, ctx))
    default:
      break
  }
  if (order.receivedAt < bounds.fromMs || order.receivedAt >= bounds.toEndMs) return false
  const closed = completedAsOf(order.stages.closed, ctx.now) !== null
  switch (metric) {
    case 'received':
      return true
    case 'recovered':
      return closed && order.recoveredFen > 0
    case 'consumerAssociation': {
      if (!order.consumerAssociation) return false
      if (outcome === 'received') return true
      if (outcome === 'resolved') return closed
      return closed || openState(order, ctx) === 'overdue'
    }
    case 'complaintToCase':
      return closed && order.kind === 'complaint' && order.caseNumber !== null
    case 'open': {
      const state = openState(order, ctx)
      return state === outcome
    }
    case 'satisfaction': {
      if (completedAsOf(order.stages.followUp, ctx.now) === null || order.satisfaction === null) return false
      return outcome === 'surveyed' || outcome === order.satisfaction
    }
  }
}

/** The list behind a figure: `total` of this equals the figure. */
export function ordersForMetric(
  orders: readonly WorkOrder[],
  metric: Metric,
  outcome: string,
  filters: OrderFilters,
  ctx: KpiContext,
): WorkOrder[] {
  const bounds = periodBounds(filters)
  return orders.filter((order) => matchesMetric(order, metric, outcome, filters, ctx, bounds))
}

export interface RateFigure {
  readonly due: number
  readonly onTime: number
  /** onTime / due; null when nothing fell due. */
  readonly rate: number | null
}

export interface KpiSummary {
  readonly received: {
    readonly total: number
    readonly complaints: number
    readonly reports: number
    readonly consultations: number
  }
  readonly initialCheck: RateFigure
  readonly reportCheck: RateFigure
  readonly closure: RateFigure
  readonly recoveredFen: number
  readonly consumerAssociation: {
    readonly received: number
    readonly resolved: number
    /** resolved / due (due = resolved, or open and overdue); null when 0. */
    readonly resolutionRate: number | null
    readonly recoveredFen: number
  }
  readonly complaintToCase: number
  readonly open: { readonly overdue: number; readonly atRisk: number }
  readonly satisfaction: {
    readonly surveyed: number
    readonly satisfied: number
    /** satisfied / surveyed; null when nobody was surveyed. */
    readonly rate: number | null
  }
  readonly asOf: number
}

export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

/**
 * The summary in one pass over the candidate orders, built from the very helpers of the list's
 * predicate (`matchesMetric`) so that each count equals the list's total for the same metric +
 * outcome.
 */
export function computeSummary(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
): KpiSummary {
  const bounds = periodBounds(filters)
  const received = { total: 0, complaints: 0, reports: 0, consultations: 0 }
  const checks = { initialCheck: [0, 0], reportCheck: [0, 0], closure: [0, 0] }
  let recoveredFen = 0
  const ca = { received: 0, resolved: 0, due: 0, recoveredFen: 0 }
  let complaintToCase = 0
  const open = { overdue: 0, atRisk: 0 }
  const satisfaction = { surveyed: 0, satisfied: 0 }
  const count = (figure: number[], result: 'onTime' | 'late' | null): void => {
    if (result === null) return
    figure[0] = (figure[0] ?? 0) + 1
    if (result === 'onTime') figure[1] = (figure[1] ?? 0) + 1
  }
  // The same helpers `matchesMetric` uses, each evaluated once per order instead of once per
  // outcome: a year's summary stays a single cheap pass. The property test in kpis.test.ts
  // proves every figure equals the list's total for its metric and outcome.
  for (const order of orders) {
    if (!matchesDimensions(order, filters)) continue
    if (order.kind === 'complaint') {
      count(checks.initialCheck, dueOutcome(order, 'accepted', bounds, ctx))
      count(checks.closure, dueOutcome(order, 'closed', bounds, ctx))
    } else if (order.kind === 'report') {
      count(checks.reportCheck, dueOutcome(order, 'verified', bounds, ctx))
      count(checks.closure, dueOutcome(order, 'closed', bounds, ctx))
    }
    if (order.receivedAt < bounds.fromMs || order.receivedAt >= bounds.toEndMs) continue
    received.total++
    if (order.kind === 'complaint') received.complaints++
    else if (order.kind === 'report') received.reports++
    else received.consultations++
    const closed = completedAsOf(order.stages.closed, ctx.now) !== null
    if (closed) {
      recoveredFen += order.recoveredFen
      if (order.kind === 'complaint' && order.caseNumber !== null) complaintToCase++
    }
    const state = closed ? null : openState(order, ctx)
    if (state === 'overdue') open.overdue++
    else if (state === 'atRisk') open.atRisk++
    if (order.consumerAssociation) {
      ca.received++
      if (closed) {
        ca.resolved++
        ca.recoveredFen += order.recoveredFen
      }
      if (closed || state === 'overdue') ca.due++
    }
    if (order.satisfaction !== null && completedAsOf(order.stages.followUp, ctx.now) !== null) {
      satisfaction.surveyed++
      if (order.satisfaction === 'satisfied') satisfaction.satisfied++
    }
  }
  const figure = ([due, onTime]: number[]): RateFigure => ({
    due: due ?? 0,
    onTime: onTime ?? 0,
    rate: rate(onTime ?? 0, due ?? 0),
  })
  return {
    received,
    initialCheck: figure(checks.initialCheck),
    reportCheck: figure(checks.reportCheck),
    closure: figure(checks.closure),
    recoveredFen,
    consumerAssociation: {
      received: ca.received,
      resolved: ca.resolved,
      resolutionRate: rate(ca.resolved, ca.due),
      recoveredFen: ca.recoveredFen,
    },
    complaintToCase,
    open,
    satisfaction: {
      ...satisfaction,
      rate: rate(satisfaction.surveyed === 0 ? 0 : satisfaction.satisfied, satisfaction.surveyed),
    },
    asOf: ctx.now,
  }
}

export const SIX_TIMELY_CODES = [
  'acceptance',
  'dispatch',
  'handling',
  'supervision',
  'reply',
  'analysis',
] as const
export type SixTimelyCode = (typeof SIX_TIMELY_CODES)[number]

export interface SixTimelyRate {
  readonly code: SixTimelyCode
  /** The list behind the numerator / denominator: `metric` with outcome `onTime` / `due`; null for analysis. */
  readonly metric: Metric | null
  readonly numerator: number
  readonly denominator: number
  /** numerator / denominator; null when nothing fell due. */
  readonly rate: number | null
  /** The target rate [proposal]. */
  readonly target: number
  readonly definition: string
}

export interface SixTimely {
  readonly rates: readonly SixTimelyRate[]
  /** Of the dispatches due, routed to the right unit the first time (及时分流 also shows this). */
  readonly dispatchCorrect: number
  readonly asOf: number
}

const SIX_TIMELY: readonly {
  code: SixTimelyCode
  metric: Metric | null
  target: number
  definition: string
}[] = [
  {
    code: 'acceptance',
    metric: 'initialCheck',
    target: 0.99,
    definition:
      '及时受理 [proposal]: complaints whose acceptance decision (7 working days) fell due in the period and was taken in time ÷ those due (= initialCheck).',
  },
  {
    code: 'dispatch',
    metric: 'dispatch',
    target: 0.99,
    definition:
      '及时分流 [proposal]: complaints and reports dispatched to the handling unit within 1 working day ÷ those whose dispatch fell due in the period.',
  },
  {
    code: 'handling',
    metric: 'closure',
    target: 0.99,
    definition:
      '及时办理 [proposal]: items closed within the limit of their kind ÷ items due to close in the period (= closure).',
  },
  {
    code: 'supervision',
    metric: 'supervision',
    target: 0.95,
    definition:
      '及时督办 [proposal]: overdue items (still open at noon of the first overdue day) put under supervision within 1 working day ÷ such items whose limit ended in the period.',
  },
  {
    code: 'reply',
    metric: 'reply',
    target: 0.98,
    definition:
      '及时回复 [proposal]: people told of the outcome within the limit (termination / refusal notice 7 working days, reporter 5) ÷ replies due in the period.',
  },
  {
    code: 'analysis',
    metric: null,
    target: 1,
    definition:
      '及时分析 [proposal]: periodic analyses published within 5 working days of period end, and spike warnings within 1 working day ÷ those due. Fed by report publications (not simulated yet: 0 / 0).',
  },
]

/** The six timely rates from the same predicates as the lists (one pass per metric). */
export function computeSixTimely(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
): SixTimely {
  const bounds = periodBounds(filters)
  const rates = SIX_TIMELY.map(({ code, metric, target, definition }) => {
    let numerator = 0
    let denominator = 0
    if (metric !== null) {
      for (const order of orders) {
        if (!matchesMetric(order, metric, 'due', filters, ctx, bounds)) continue
        denominator++
        if (matchesMetric(order, metric, 'onTime', filters, ctx, bounds)) numerator++
      }
    }
    return { code, metric, numerator, denominator, rate: rate(numerator, denominator), target, definition }
  })
  let dispatchCorrect = 0
  for (const order of orders)
    if (matchesMetric(order, 'dispatch', 'correct', filters, ctx, bounds)) dispatchCorrect++
  return { rates, dispatchCorrect, asOf: ctx.now }
}
