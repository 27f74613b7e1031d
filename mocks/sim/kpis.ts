/**
 * Aggregates, computed ONLY from work orders, with the same predicates the work-order list uses.
 *
 * Each order's `OrderFacts` at `ctx.now` say what it counts for and on which China day (receipt,
 * a limit's last day, closing, the follow-up call, the end of mediation); `sideOf` reads them
 * for a period. The summary, the six timely rates, the series, the breakdowns and the list's
 * `metric` + `outcome` filter (`matchesMetric`) all read the same facts, so a figure equals its
 * list's `total` by construction. The definitions below are those of public/openapi.yaml.
 *
 * Periods: `from` / `to` are China days, both included, applied to the day each metric counts
 * an order on (METRIC_OUTCOMES). Metrics counted by deadline, closing or call day reach orders
 * received before `from`: the simulator hands in orders received up to `dueLookbackDays` before
 * it. The open states are at `asOf` whatever the period. Everything is "as of" `ctx.now`: stages
 * completed later are not done, orders received later do not exist (the simulator never hands
 * them in).
 */
import { CHINA_OFFSET_MS, MS_PER_DAY, startOfChinaDay, type ChinaDay } from './china-time'
import type { CategoryCode, ChannelCode, DistrictCode, KindCode, UnitCode } from './domain-codes'
import { stageCompletedAt, stageDeadlineAt } from './packed-stages'
import type { TimeLimits } from './time-limits'
import { takeFloat64, takeInt32 } from './typed-arena'
import {
  completedAsOf,
  effectiveDeadline,
  EMPTY_OVERLAY,
  onTimeBy,
  stageStateAt,
  STAGES_BY_KIND,
  type ExtensionShift,
  type OrderOverlay,
  type StageCode,
  type SupervisionRecord,
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
  /**
   * The order's facts at `now` when its owner keeps them (the simulator, per day, while they
   * cannot change); undefined to compute them afresh. Takes `now` because contexts are copied
   * with another clock (reports "as of" an earlier instant).
   */
  readonly facts?: ((order: WorkOrder, now: number) => OrderFacts | undefined) | undefined
  /**
   * The series of all orders received on a China epoch day, when its owner keeps them and they
   * hold at `now` (see `DayTable`); undefined to read the orders one by one.
   */
  readonly dayTable?: ((epochDay: number, now: number) => DayTable | undefined) | undefined
}

/**
 * A stage still open this long after its limit ended (noon of the first overdue day) gets a red
 * card and must be put under supervision (督办) within `supervisionAfterOverdue` working days.
 */
export const RED_CARD_AFTER_MS = 12 * 60 * 60 * 1000

/**
 * Orders counting in a period (by a limit's last day, closing day or call day) or open at `asOf`
 * can have been received this many calendar days before it: mediation after an acceptance
 * decision, plus up to 15 working days of testing or appraisal and a return and re-dispatch,
 * plus `lateWorkingDays` that stages may run past their limits in total (the generator's
 * scenario says how many), counted at 5 working days a week plus three weeks of holidays. A test
 * proves no generated deadline or completion reaches further.
 */
export function dueLookbackDays(limits: TimeLimits, lateWorkingDays = 0): number {
  const workingDays = Math.max(
    limits.complaintAcceptance + limits.mediation + 15,
    limits.reportVerification + limits.reportVerificationExtension,
    limits.hotline12345Handling + limits.hotline12345Extension,
  )
  return Math.ceil(((workingDays + lateWorkingDays + limits.wrongUnitReturn + 2) * 7) / 5) + 21
}

export const METRIC_OUTCOMES = {
  /** Orders received in the period (by receipt day). */
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
   * 处结率 [proposal]: the closure figure's `due` items; `resolved` closed in any way by `asOf`
   * (mediated, terminated or refused with notice, withdrawn, report decided, case filed),
   * `unresolved` still open past the limit.
   */
  resolution: ['due', 'resolved', 'unresolved'],
  /**
   * 挽回经济损失 recovered losses: money returned to consumers (fen) by orders closed in the period
   * (by closing day, closed by `asOf`); the list: those with a recovered amount above 0.
   */
  recovered: ['all'],
  /**
   * The consumer association's (消协) own intake: `received` received in the period (by receipt
   * day); `due` and `resolved` the resolution figure restricted to it (by closure deadline day);
   * `recovered` the recovered figure restricted to it (by closing day).
   */
  consumerAssociation: ['received', 'due', 'resolved', 'recovered'],
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
   * model or a user) within the window. An order counts once per period: for the first such
   * stage (in the loop's order) whose limit ended in it.
   */
  supervision: ['due', 'onTime', 'late'],
  /**
   * 及时回复 timely reply [proposal]: complaints and reports whose reply limit fell due in the
   * period (the person told of the outcome: termination / refusal notice 7 working days after
   * the decision, reporter 5 working days), replied or past it at `asOf`; `onTime` before it ended.
   */
  reply: ['due', 'onTime', 'late'],
  /** 诉转案: complaints closed in the period (by closing day, by `asOf`) that led to a penalty case. */
  complaintToCase: ['all'],
  /**
   * 调解: complaints whose mediation ended in the period (by end day, by `asOf`) by agreement or
   * termination (`concluded`); `succeeded` by agreement, `failed` by termination.
   */
  mediation: ['concluded', 'succeeded', 'failed'],
  /**
   * States at `asOf`, whatever the period (the period does not apply, the dimensions do): `all`
   * not closed; `overdue` open with a stage past its limit (red card); `atRisk` open, not
   * overdue, with a stage's limit ending within the warning window (1 working day, yellow card);
   * `supervised` under an open supervision (督办), closed or not.
   */
  open: ['all', 'overdue', 'atRisk', 'supervised'],
  /**
   * 回访满意率: follow-up calls made in the period (by call day, by `asOf`) that reached the person
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

/** The bounds of a period: instants [fromMs, toEndMs) and China epoch days [fromDay, toDay]. */
export interface PeriodBounds {
  readonly fromMs: number
  readonly toEndMs: number
  readonly fromDay: number
  readonly toDay: number
}

export function periodBounds(filters: Pick<OrderFilters, 'from' | 'to'>): PeriodBounds {
  const fromMs = startOfChinaDay(filters.from)
  const toEndMs = startOfChinaDay(filters.to) + MS_PER_DAY
  return { fromMs, toEndMs, fromDay: dayOfMs(fromMs), toDay: dayOfMs(toEndMs) - 1 }
}

/** The China epoch day of an instant (no Date, no strings: hot path). */
export function dayOfMs(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY)
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

// ---------------------------------------------------------------------------------------------
// Facts: what an order counts for at `ctx.now`, whatever the period. Every figure, list and
// series below is read from these, so a figure and its list cannot disagree; and since they do
// not depend on the period, the simulator can keep them per day while nothing about the order
// changes (see `factsValidity`).

/**
 * A stage limit's outcome, packed in one number (facts are kept for a year or more of orders):
 * `day * 2 + (onTime ? 1 : 0)`, `day` the China epoch day its limit ended on (deadline - 1 ms);
 * -1 while open and not yet due, or without such a limit.
 */
export type DueFact = number
export const NOT_DUE: DueFact = -1
export const dueDay = (fact: DueFact): number => (fact < 0 ? -1 : Math.floor(fact / 2))

/** One red-carded stage for timely supervision; `pending` while its window is open and unused. */
export interface SupervisionFact {
  readonly day: number
  readonly result: 'onTime' | 'late' | 'pending'
}

export interface OrderFacts {
  readonly initialCheck: DueFact
  readonly reportCheck: DueFact
  readonly closure: DueFact
  readonly dispatch: DueFact
  readonly reply: DueFact
  /** Dispatched to the right unit the first time (no return). */
  readonly routedCorrectly: boolean
  /** In the order accepted, verified, closed. */
  readonly supervision: readonly SupervisionFact[]
  /** China epoch day of closing, when closed at `now`; -1 when open. */
  readonly closedDay: number
  /** China epoch day of the follow-up call, when it reached the person by `now`; else -1. */
  readonly surveyedDay: number
  /** China epoch day mediation ended by agreement or termination, by `now`; else -1. */
  readonly mediationDay: number
  readonly open: 'overdue' | 'atRisk' | 'ok' | null
  /** Under an open supervision at `now` (model's or a user's). */
  readonly supervised: boolean
}

const NO_SUPERVISION: readonly SupervisionFact[] = Object.freeze([])

function deadlineOf(order: WorkOrder, code: StageCode, ctx: KpiContext): number | null {
  return limitAt(order, code, stageDeadlineAt(order.stages, code), ctx)
}

/**
 * A stage's deadline at `ctx.now` from its generated `limit` (null or undefined: none). Stages
 * are read through `stageDeadlineAt` and `stageCompletedAt`: building a `Stage` per read is
 * most of what a cold answer allocates.
 */
function limitAt(
  order: WorkOrder,
  code: StageCode,
  limit: number | null | undefined,
  ctx: KpiContext,
): number | null {
  if (limit == null) return null
  // Only extension decisions move deadlines, and only orders with events have any.
  if (order.events.length === 0) return limit
  return effectiveDeadline(order, code, ctx.now, overlayFor(order, ctx), ctx.shift) ?? limit
}

/** A stage's completion by `now`; null when not done by then (or never). */
function completedBy(order: WorkOrder, code: StageCode, now: number): number | null {
  const done = stageCompletedAt(order.stages, code)
  return done != null && done <= now ? done : null
}

/** due / onTime / late of one stage limit at `now` (see `DueFact`). */
function dueFact(order: WorkOrder, code: StageCode, ctx: KpiContext): DueFact {
  const deadlineAt = deadlineOf(order, code, ctx)
  if (deadlineAt === null) return NOT_DUE
  const onTime = onTimeBy(deadlineAt, stageCompletedAt(order.stages, code) ?? null, ctx.now)
  if (onTime === null) return NOT_DUE
  return dayOfMs(deadlineAt - 1) * 2 + (onTime ? 1 : 0)
}

const RED_CARD_STAGES = ['accepted', 'verified', 'closed'] as const

/** Timely supervision of each red-carded stage (see METRIC_OUTCOMES.supervision). */
function supervisionFacts(order: WorkOrder, ctx: KpiContext): readonly SupervisionFact[] {
  if (order.kind === 'consultation') return NO_SUPERVISION
  let out: SupervisionFact[] | null = null
  for (const code of RED_CARD_STAGES) {
    const deadlineAt = deadlineOf(order, code, ctx)
    if (deadlineAt === null) continue
    const redCardAt = deadlineAt + RED_CARD_AFTER_MS
    if (ctx.now < redCardAt) continue
    const done = completedBy(order, code, ctx.now)
    if (done !== null && done <= redCardAt) continue
    const windowEnd = ctx.afterWorkingDays(deadlineAt, ctx.supervisionAfterOverdue)
    let opened = Number.POSITIVE_INFINITY
    for (const s of order.supervisions)
      if (s.openedAt <= ctx.now && s.openedAt >= deadlineAt) opened = Math.min(opened, s.openedAt)
    for (const s of overlaySupervisions(order, ctx)) {
      if (s.openedAt <= ctx.now && s.openedAt >= deadlineAt) opened = Math.min(opened, s.openedAt)
    }
    const result = opened < windowEnd ? 'onTime' : ctx.now >= windowEnd ? 'late' : 'pending'
    out ??= []
    out.push({ day: dayOfMs(deadlineAt - 1), result })
  }
  return out ?? NO_SUPERVISION
}

function isSupervisedAt(order: WorkOrder, ctx: KpiContext): boolean {
  // Checked by length first: most orders have no supervision, and their lists are one frozen
  // empty array, which compiled code walks through the engine's generic iterator (two builtin
  // calls per order, a tenth of a cold summary's facts).
  const generated = order.supervisions
  if (generated.length > 0) for (const s of generated) if (isOpenAt(s, ctx.now)) return true
  const mine = overlaySupervisions(order, ctx)
  if (mine.length > 0) for (const s of mine) if (isOpenAt(s, ctx.now)) return true
  return false
}

/** Users' supervisions of the order: a shared empty list without (no new array per order). */
function overlaySupervisions(order: WorkOrder, ctx: KpiContext): readonly SupervisionRecord[] {
  return ctx.overlayOf(order.id)?.supervisions ?? EMPTY_OVERLAY.supervisions
}

function isOpenAt(s: { openedAt: number; closedAt: number | null }, now: number): boolean {
  return s.openedAt <= now && (s.closedAt === null || s.closedAt > now)
}

/** Open-state of an order at `now`: null when closed, else overdue / atRisk / ok. */
export function openState(order: WorkOrder, ctx: KpiContext): 'overdue' | 'atRisk' | 'ok' | null {
  // A closed order needs no facts; for the rest, the kept facts when there are (a list filtered
  // by status reads every order of three years).
  if (completedAsOf(order.stages.closed, ctx.now) !== null) return null
  const kept = ctx.facts?.(order, ctx.now)
  return kept === undefined ? openStateAfresh(order, ctx) : kept.open
}

function openStateAfresh(order: WorkOrder, ctx: KpiContext): 'overdue' | 'atRisk' | 'ok' | null {
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

const dayOrNone = (ms: number | null): number => (ms === null ? -1 : dayOfMs(ms))

/** `OrderFacts` with writable fields, for a reading that reuses one (see `computeFacts`). */
export type MutableFacts = { -readonly [K in keyof OrderFacts]: OrderFacts[K] }

/**
 * The facts of one order at `ctx.now`, computed afresh (the simulator caches them per day): a
 * new object, or `into` overwritten (the same fields, so the same shape). Why `into`: a cold
 * answer reads ~80k orders once and keeps none of their facts (fresh-days.ts); an object each
 * was a tenth of what it allocated, and in Chromium every megabyte allocated costs the main
 * thread its collection.
 *
 * `timely` false leaves out the facts only the six timely rates read (dispatch, reply, routing,
 * timely supervision: as if none were due), for a summary's fresh days, which read each order
 * once and keep nothing: they were about a third of the facts' cost there.
 */
export function computeFacts(
  order: WorkOrder,
  ctx: KpiContext,
  into: MutableFacts | null = null,
  timely = true,
): OrderFacts {
  const consultation = order.kind === 'consultation'
  const closedAt = completedBy(order, 'closed', ctx.now)
  const followedUp = order.satisfaction === null ? null : completedBy(order, 'followUp', ctx.now)
  const mediatedAt =
    order.kind === 'complaint' && (order.outcome === 'mediated' || order.outcome === 'terminated')
      ? completedBy(order, 'mediated', ctx.now)
      : null
  const initialCheck = order.kind === 'complaint' ? dueFact(order, 'accepted', ctx) : NOT_DUE
  const reportCheck = order.kind === 'report' ? dueFact(order, 'verified', ctx) : NOT_DUE
  const closure = consultation ? NOT_DUE : dueFact(order, 'closed', ctx)
  const dispatch = consultation || !timely ? NOT_DUE : dueFact(order, 'dispatched', ctx)
  const reply = consultation || !timely ? NOT_DUE : dueFact(order, 'replied', ctx)
  const routedCorrectly =
    !timely || order.events.length === 0 || !order.events.some((e) => e.type === 'return')
  const supervision = timely ? supervisionFacts(order, ctx) : NO_SUPERVISION
  const closedDay = dayOrNone(closedAt)
  const surveyedDay = dayOrNone(followedUp)
  const mediationDay = dayOrNone(mediatedAt)
  const open = closedAt === null ? openStateAfresh(order, ctx) : null
  const supervised = isSupervisedAt(order, ctx)
  if (into === null) {
    return {
      initialCheck,
      reportCheck,
      closure,
      dispatch,
      reply,
      routedCorrectly,
      supervision,
      closedDay,
      surveyedDay,
      mediationDay,
      open,
      supervised,
    }
  }
  into.initialCheck = initialCheck
  into.reportCheck = reportCheck
  into.closure = closure
  into.dispatch = dispatch
  into.reply = reply
  into.routedCorrectly = routedCorrectly
  into.supervision = supervision
  into.closedDay = closedDay
  into.surveyedDay = surveyedDay
  into.mediationDay = mediationDay
  into.open = open
  into.supervised = supervised
  return into
}

/** The facts at `ctx.now`: the simulator's cached ones when it has them. */
export function factsOf(order: WorkOrder, ctx: KpiContext): OrderFacts {
  return ctx.facts?.(order, ctx.now) ?? computeFacts(order, ctx)
}

/**
 * The instants around `ctx.now` between which the order's facts cannot change: every predicate
 * above compares `now` with one of these ("now >= t"), so the facts are constant on
 * [from, until). Overlay changes are not instants: whoever caches facts drops them on a change.
 */
export function factsValidity(
  order: WorkOrder,
  ctx: KpiContext,
  facts: OrderFacts,
): { from: number; until: number } {
  const v = { now: ctx.now, from: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY }
  around(v, order.receivedAt)
  for (const code of STAGES_BY_KIND[order.kind]) {
    const stage = order.stages[code]
    if (!stage) continue
    around(v, stage.completedAt)
    const deadlineAt = deadlineOf(order, code, ctx)
    if (deadlineAt === null) continue
    around(v, deadlineAt)
    if (code === 'accepted' || code === 'verified' || code === 'closed') {
      around(v, deadlineAt + RED_CARD_AFTER_MS)
      around(v, ctx.afterWorkingDays(deadlineAt, ctx.supervisionAfterOverdue))
    }
  }
  for (const s of order.supervisions) {
    around(v, s.openedAt)
    around(v, s.closedAt)
  }
  for (const event of order.events) if (event.type === 'extension') around(v, event.decidedAt)
  const overlay = ctx.overlayOf(order.id)
  if (overlay) {
    for (const s of overlay.supervisions) {
      around(v, s.openedAt)
      around(v, s.closedAt)
    }
    for (const d of overlay.decisions) around(v, d.at)
  }
  if (facts.open !== null) {
    // The warning window's end moves with the China day of `now`.
    const dayStart = dayOfMs(ctx.now) * MS_PER_DAY - CHINA_OFFSET_MS
    around(v, dayStart)
    around(v, dayStart + MS_PER_DAY)
  }
  return { from: v.from, until: v.until }
}

/** Narrows [from, until) around `now` by the instant `t`. */
function around(v: { now: number; from: number; until: number }, t: number | null | undefined): void {
  if (t == null) return
  if (t <= v.now) {
    if (t > v.from) v.from = t
  } else if (t < v.until) v.until = t
}

// ---------------------------------------------------------------------------------------------
// Reading the facts for a period

/**
 * How an order counts for `metric` in [fromDay, toDay]: -1 not at all; 1 on the numerator's
 * side (onTime, resolved, satisfied, succeeded, or simply counted); 0 on the other side (late,
 * unresolved, dissatisfied, failed). `consumerAssociation` is its `received` count, `open` its
 * `all` (the period does not apply); the other sub-figures are composed in `matchesMetric`.
 */
export function sideOf(
  order: WorkOrder,
  facts: OrderFacts,
  metric: Metric,
  fromDay: number,
  toDay: number,
): -1 | 0 | 1 {
  // No closures here: this runs for every order and metric of a request.
  switch (metric) {
    case 'received':
      return inPeriod(dayOfMs(order.receivedAt), fromDay, toDay) ? 1 : -1
    case 'consumerAssociation':
      return order.consumerAssociation && inPeriod(dayOfMs(order.receivedAt), fromDay, toDay) ? 1 : -1
    case 'initialCheck':
    case 'reportCheck':
    case 'closure':
    case 'dispatch':
    case 'reply':
      return dueSide(facts[metric], fromDay, toDay)
    case 'resolution':
      return dueSide(facts.closure, fromDay, toDay) === -1 ? -1 : facts.closedDay >= 0 ? 1 : 0
    case 'recovered':
      return order.recoveredFen > 0 && inPeriod(facts.closedDay, fromDay, toDay) ? 1 : -1
    case 'complaintToCase':
      return order.kind === 'complaint' &&
        order.caseNumber !== null &&
        inPeriod(facts.closedDay, fromDay, toDay)
        ? 1
        : -1
    case 'satisfaction':
      if (!inPeriod(facts.surveyedDay, fromDay, toDay)) return -1
      return order.satisfaction === 'satisfied' ? 1 : 0
    case 'mediation':
      if (!inPeriod(facts.mediationDay, fromDay, toDay)) return -1
      return order.outcome === 'mediated' ? 1 : 0
    case 'supervision':
      for (const s of facts.supervision) {
        if (!inPeriod(s.day, fromDay, toDay)) continue
        return s.result === 'pending' ? -1 : s.result === 'onTime' ? 1 : 0
      }
      return -1
    case 'open':
      return facts.open === null ? -1 : 1
  }
}

function inPeriod(day: number, fromDay: number, toDay: number): boolean {
  return day >= fromDay && day <= toDay
}

function dueSide(fact: DueFact, fromDay: number, toDay: number): -1 | 0 | 1 {
  if (fact < 0) return -1
  const day = Math.floor(fact / 2)
  if (day < fromDay || day > toDay) return -1
  return fact % 2 === 1 ? 1 : 0
}

/**
 * The China days on which the order may count for `metric` (the day `sideOf` tests): one day,
 * or one per red-carded stage for `supervision`; none when it counts nowhere. Lets a time series
 * put each order in its bucket instead of testing every bucket.
 */
function one(day: number): readonly number[] {
  return day < 0 ? NO_DAYS : [day]
}
const NO_DAYS: readonly number[] = Object.freeze([])

/** As `countDaysOf` for every metric but `supervision` (one day, or -1): no allocation. */
export function countDayOf(
  order: WorkOrder,
  facts: OrderFacts,
  metric: Exclude<Metric, 'supervision'>,
): number {
  switch (metric) {
    case 'received':
    case 'consumerAssociation':
      return dayOfMs(order.receivedAt)
    case 'initialCheck':
    case 'reportCheck':
    case 'closure':
    case 'dispatch':
    case 'reply':
      return dueDay(facts[metric])
    case 'resolution':
      return dueDay(facts.closure)
    case 'recovered':
    case 'complaintToCase':
      return facts.closedDay
    case 'satisfaction':
      return facts.surveyedDay
    case 'mediation':
      return facts.mediationDay
    case 'open':
      return -1
  }
}

export function countDaysOf(order: WorkOrder, facts: OrderFacts, metric: Metric): readonly number[] {
  if (metric === 'supervision') return facts.supervision.map((s) => s.day)
  return one(countDayOf(order, facts, metric))
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
  const facts = factsOf(order, ctx)
  const { fromDay, toDay } = bounds
  switch (metric) {
    case 'consumerAssociation': {
      if (!order.consumerAssociation) return false
      if (outcome === 'received') return sideOf(order, facts, metric, fromDay, toDay) === 1
      if (outcome === 'recovered') return sideOf(order, facts, 'recovered', fromDay, toDay) === 1
      const side = sideOf(order, facts, 'resolution', fromDay, toDay)
      return outcome === 'resolved' ? side === 1 : side >= 0
    }
    case 'dispatch':
      if (outcome === 'correct')
        return sideOf(order, facts, metric, fromDay, toDay) >= 0 && facts.routedCorrectly
      break
    case 'open':
      if (outcome === 'supervised') return facts.supervised
      if (outcome === 'all') return facts.open !== null
      return facts.open === outcome
    default:
      break
  }
  const side = sideOf(order, facts, metric, fromDay, toDay)
  if (side === -1) return false
  const outcomes = METRIC_OUTCOMES[metric] as readonly string[]
  if (outcome === outcomes[0]) return true
  if (outcome === outcomes[1]) return side === 1
  return outcome === outcomes[2] && side === 0
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

/** The figures of a period (those a comparison period repeats). */
export interface PeriodFigures {
  readonly received: {
    readonly total: number
    readonly complaints: number
    readonly reports: number
    readonly consultations: number
  }
  readonly initialCheck: RateFigure
  readonly reportCheck: RateFigure
  readonly closure: RateFigure
  /** 处结率 [proposal]: of the closure figure's due items, those closed by `asOf`. */
  readonly resolution: { readonly due: number; readonly resolved: number; readonly rate: number | null }
  readonly recoveredFen: number
  readonly consumerAssociation: {
    readonly received: number
    /** The resolution figure restricted to the association's intake. */
    readonly due: number
    readonly resolved: number
    /** resolved / due; null when 0. */
    readonly resolutionRate: number | null
    readonly recoveredFen: number
  }
  readonly complaintToCase: number
  readonly satisfaction: {
    readonly surveyed: number
    readonly satisfied: number
    /** satisfied / surveyed; null when nobody was surveyed. */
    readonly rate: number | null
  }
  readonly mediation: { readonly concluded: number; readonly succeeded: number; readonly rate: number | null }
}

/** States at `asOf`, whatever the period (METRIC_OUTCOMES.open). */
export interface OpenFigure {
  readonly total: number
  readonly overdue: number
  readonly atRisk: number
  readonly supervised: number
}

export interface KpiSummary extends PeriodFigures {
  readonly open: OpenFigure
  readonly asOf: number
}

export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

// ---------------------------------------------------------------------------------------------
// Counters: the period figures and the six timely rates as sums of series, each series a count
// (or fen) on a China day. One order emits its series from its facts (`emitSeries`); a day of
// orders whose facts cannot change can be summed up once into a `DayTable` (same emissions,
// sorted by day), which a year's figures then read in a few steps per day instead of per order.

/** The series of a `DayTable`, by index. */
export const SERIES = {
  received: 0,
  receivedComplaints: 1,
  receivedReports: 2,
  receivedConsultations: 3,
  caReceived: 4,
  initialCheckDue: 5,
  initialCheckOnTime: 6,
  reportCheckDue: 7,
  reportCheckOnTime: 8,
  closureDue: 9,
  closureOnTime: 10,
  resolutionDue: 11,
  resolved: 12,
  caDue: 13,
  caResolved: 14,
  recoveredFen: 15,
  caRecoveredFen: 16,
  complaintToCase: 17,
  surveyed: 18,
  satisfied: 19,
  mediationConcluded: 20,
  mediationSucceeded: 21,
  dispatchDue: 22,
  dispatchOnTime: 23,
  dispatchCorrect: 24,
  replyDue: 25,
  replyOnTime: 26,
  // States at `now`, on the receipt day (the open figure sums them over every candidate day).
  open: 27,
  overdue: 28,
  atRisk: 29,
  supervised: 30,
} as const
const S = SERIES
export const SERIES_COUNT = 31

/**
 * Where `emitSeries` adds an order's series. An object with a method rather than a callback:
 * the summing ones are all one class (`SeriesCounters`), so the call in `emitSeries` sees one
 * target and is inlined, where several closures made the JIT drop its compiled code.
 */
export interface Emit {
  add(series: number, day: number, value: number): void
}

/** Sums each series over the emissions on the China days [fromDay, toDay]. */
export class SeriesCounters implements Emit {
  readonly counters = new Float64Array(SERIES_COUNT)

  constructor(
    private readonly fromDay: number,
    private readonly toDay: number,
  ) {}

  add(series: number, day: number, value: number): void {
    if (day >= this.fromDay && day <= this.toDay) {
      this.counters[series] = (this.counters[series] ?? 0) + value
    }
  }
}

function emitDue(emit: Emit, fact: DueFact, due: number, onTime: number): void {
  if (fact < 0) return
  const day = Math.floor(fact / 2)
  emit.add(due, day, 1)
  if (fact % 2 === 1) emit.add(onTime, day, 1)
}

/**
 * Every series one order adds to, on the day it counts there: the definitions of `sideOf`
 * (METRIC_OUTCOMES), written as emissions (kpis.test.ts proves the figures equal the lists).
 * Timely supervision is not a series (an order counts for its first red-carded stage in the
 * period, which depends on the period): see `SixTimely`.
 */
export function emitSeries(order: WorkOrder, facts: OrderFacts, emit: Emit): void {
  const receiptDay = dayOfMs(order.receivedAt)
  emit.add(S.received, receiptDay, 1)
  if (facts.supervised) emit.add(S.supervised, receiptDay, 1)
  if (facts.open !== null) {
    emit.add(S.open, receiptDay, 1)
    if (facts.open === 'overdue') emit.add(S.overdue, receiptDay, 1)
    else if (facts.open === 'atRisk') emit.add(S.atRisk, receiptDay, 1)
  }
  if (order.kind === 'consultation') {
    emit.add(S.receivedConsultations, receiptDay, 1)
    return
  }
  if (order.kind === 'complaint') {
    emit.add(S.receivedComplaints, receiptDay, 1)
    emitDue(emit, facts.initialCheck, S.initialCheckDue, S.initialCheckOnTime)
  } else {
    emit.add(S.receivedReports, receiptDay, 1)
    emitDue(emit, facts.reportCheck, S.reportCheckDue, S.reportCheckOnTime)
  }
  const ca = order.consumerAssociation
  if (ca) emit.add(S.caReceived, receiptDay, 1)
  emitDue(emit, facts.closure, S.closureDue, S.closureOnTime)
  emitDue(emit, facts.dispatch, S.dispatchDue, S.dispatchOnTime)
  if (facts.dispatch >= 0 && facts.routedCorrectly) emit.add(S.dispatchCorrect, dueDay(facts.dispatch), 1)
  emitDue(emit, facts.reply, S.replyDue, S.replyOnTime)
  if (facts.closure >= 0) {
    const day = dueDay(facts.closure)
    const resolved = facts.closedDay >= 0
    emit.add(S.resolutionDue, day, 1)
    if (resolved) emit.add(S.resolved, day, 1)
    if (ca) {
      emit.add(S.caDue, day, 1)
      if (resolved) emit.add(S.caResolved, day, 1)
    }
  }
  if (facts.closedDay >= 0) {
    if (order.recoveredFen > 0) {
      emit.add(S.recoveredFen, facts.closedDay, order.recoveredFen)
      if (ca) emit.add(S.caRecoveredFen, facts.closedDay, order.recoveredFen)
    }
    if (order.kind === 'complaint' && order.caseNumber !== null)
      emit.add(S.complaintToCase, facts.closedDay, 1)
  }
  if (facts.surveyedDay >= 0) {
    emit.add(S.surveyed, facts.surveyedDay, 1)
    if (order.satisfaction === 'satisfied') emit.add(S.satisfied, facts.surveyedDay, 1)
  }
  if (facts.mediationDay >= 0) {
    emit.add(S.mediationConcluded, facts.mediationDay, 1)
    if (order.outcome === 'mediated') emit.add(S.mediationSucceeded, facts.mediationDay, 1)
  }
}

/**
 * The series of one receipt day's orders, each sorted by day with its running sum, and the
 * orders with a red-carded stage (timely supervision is read per order). Only for a day whose
 * orders' facts hold at the instant asked (the simulator keeps it while they do).
 */
export interface DayTable {
  /** How many orders it sums (the caller checks it has handed in exactly these). */
  readonly count: number
  readonly days: readonly Int32Array[]
  /** sums[s][i]: the values of series s's first i emissions. */
  readonly sums: readonly Float64Array[]
  /** The orders summed, and for each emission the index of its order (breakdowns group by it). */
  readonly orders: readonly WorkOrder[]
  readonly emitters: readonly Int32Array[]
  readonly redCarded: readonly { readonly order: WorkOrder; readonly facts: OrderFacts }[]
}

export function buildDayTable(orders: readonly WorkOrder[], facts: readonly OrderFacts[]): DayTable {
  const emitted: [number, number, number][][] = Array.from({ length: SERIES_COUNT }, () => [])
  const redCarded: { order: WorkOrder; facts: OrderFacts }[] = []
  let current = 0
  const emit: Emit = {
    add: (series, day, value) => {
      emitted[series]?.push([day, value, current])
    },
  }
  orders.forEach((order, i) => {
    const f = facts[i]
    if (!f) return
    current = i
    emitSeries(order, f, emit)
    if (f.supervision.length > 0) redCarded.push({ order, facts: f })
  })
  const days: Int32Array[] = []
  const sums: Float64Array[] = []
  const emitters: Int32Array[] = []
  for (const list of emitted) {
    list.sort((a, b) => a[0] - b[0])
    // Views into shared chunks (typed-arena.ts): a table has three arrays per series, and a
    // typed array of its own is an allocation outside the JS heap, slow in Chromium.
    const d = takeInt32(list.length)
    const sum = takeFloat64(list.length + 1)
    const by = takeInt32(list.length)
    list.forEach(([day, value, index], i) => {
      d[i] = day
      sum[i + 1] = (sum[i] ?? 0) + value
      by[i] = index
    })
    days.push(d)
    sums.push(sum)
    emitters.push(by)
  }
  return { count: orders.length, days, sums, orders, emitters, redCarded }
}

/** The first index of `days` (sorted) holding a day >= `day`. */
export function lowerBound(days: Int32Array, day: number): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((days[mid] ?? 0) < day) low = mid + 1
    else high = mid
  }
  return low
}

function addTable(counters: Float64Array, table: DayTable, fromDay: number, toDay: number): void {
  for (let s = 0; s < SERIES_COUNT; s++) {
    const days = table.days[s]
    const sums = table.sums[s]
    if (!days || !sums || days.length === 0) continue
    const lo = (days[0] ?? 0) >= fromDay ? 0 : lowerBound(days, fromDay)
    const hi = (days[days.length - 1] ?? 0) <= toDay ? days.length : lowerBound(days, toDay + 1)
    if (hi > lo) counters[s] = (counters[s] ?? 0) + (sums[hi] ?? 0) - (sums[lo] ?? 0)
  }
}

export const NO_DIMENSIONS = (filters: OrderFilters): boolean =>
  filters.kind === undefined &&
  filters.channel === undefined &&
  filters.district === undefined &&
  filters.category === undefined &&
  filters.unit === undefined

/**
 * What each receipt day's table adds to one period's series, kept per period: a request finds
 * most days' tables unchanged since the last one and adds their kept sums (one subtraction and
 * one addition for a day whose table was rebuilt) instead of reading 31 series of every day.
 * Counts and fen are integers, so subtracting a day's part is exact.
 */
interface PeriodSums {
  readonly parts: Map<number, { table: DayTable; part: Float64Array }>
  readonly counters: Float64Array
}
const periodSums = new WeakMap<object, Map<string, PeriodSums>>()
const KEPT_PERIODS = 24

function periodSumsOf(owner: object, key: string): PeriodSums {
  let periods = periodSums.get(owner)
  if (periods === undefined) {
    periods = new Map()
    periodSums.set(owner, periods)
  }
  let sums = periods.get(key)
  if (sums === undefined) {
    sums = { parts: new Map(), counters: new Float64Array(SERIES_COUNT) }
    if (periods.size >= KEPT_PERIODS) {
      const oldest = periods.keys().next()
      if (!oldest.done) periods.delete(oldest.value)
    }
  } else periods.delete(key)
  periods.set(key, sums)
  return sums
}

function addInto(counters: Float64Array, part: Float64Array, sign: 1 | -1): void {
  for (let s = 0; s < SERIES_COUNT; s++) counters[s] = (counters[s] ?? 0) + sign * (part[s] ?? 0)
}

/**
 * The series summed over the period, and the timely supervision per order (`onRedCarded`).
 * Orders come in receipt order, as the simulator hands them in; a run of one receipt day is
 * read from its table when there is one and it sums exactly that run.
 */
function sumSeries(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
  onRedCarded: ((order: WorkOrder, facts: OrderFacts) => void) | null,
  { fromDay, toDay }: Pick<PeriodBounds, 'fromDay' | 'toDay'> = periodBounds(filters),
  openOnly = false,
): Float64Array {
  const emit = new SeriesCounters(fromDay, toDay)
  const counters = emit.counters
  const tables = NO_DIMENSIONS(filters) ? ctx.dayTable : undefined
  const firstDay = orders[0] === undefined ? 0 : dayOfMs(orders[0].receivedAt)
  const kept = tables && periodSumsOf(tables, `${String(firstDay)}:${String(fromDay)}:${String(toDay)}`)
  const visited = new Set<number>()
  let i = 0
  while (i < orders.length) {
    const first = orders[i]
    if (!first) break
    const receiptDay = dayOfMs(first.receivedAt)
    if (tables && kept) {
      const table = tables(receiptDay, ctx.now)
      const end = i + (table?.count ?? 0)
      const last = orders[end - 1]
      const next = orders[end]
      if (
        table &&
        table.count > 0 &&
        last !== undefined &&
        dayOfMs(last.receivedAt) === receiptDay &&
        (next === undefined || dayOfMs(next.receivedAt) !== receiptDay)
      ) {
        const had = kept.parts.get(receiptDay)
        if (had?.table !== table) {
          if (had) addInto(kept.counters, had.part, -1)
          const part = takeFloat64(SERIES_COUNT)
          addTable(part, table, fromDay, toDay)
          addInto(kept.counters, part, 1)
          kept.parts.set(receiptDay, { table, part })
        }
        visited.add(receiptDay)
        if (onRedCarded) for (const r of table.redCarded) onRedCarded(r.order, r.facts)
        i = end
        continue
      }
    }
    // Without a table: order by order, up to the end of this receipt day.
    while (i < orders.length) {
      const order = orders[i]
      if (!order || dayOfMs(order.receivedAt) !== receiptDay) break
      i++
      if (!matchesDimensions(order, filters)) continue
      // Only the states at `now` are read: a closed order without supervision adds to none of
      // them, and most orders of the lookback are closed (a cold answer skips their facts).
      if (openOnly && settledAt(order, ctx)) continue
      const facts = factsOf(order, ctx)
      emitSeries(order, facts, emit)
      if (onRedCarded && facts.supervision.length > 0) onRedCarded(order, facts)
    }
  }
  if (kept) {
    // Days read from a table last time and not now (rebuilt later, or read order by order).
    for (const [day, { part }] of kept.parts) {
      if (visited.has(day)) continue
      addInto(kept.counters, part, -1)
      kept.parts.delete(day)
    }
    addInto(counters, kept.counters, 1)
  }
  return counters
}

/**
 * Closed at `ctx.now` with no supervision (the model's or a user's): open, overdue, atRisk and
 * supervised are all false.
 */
export function settledAt(order: WorkOrder, ctx: KpiContext): boolean {
  return (
    order.supervisions.length === 0 &&
    completedBy(order, 'closed', ctx.now) !== null &&
    ctx.overlayOf(order.id) === undefined
  )
}

/**
 * The period figures over the candidate orders (in receipt order), read from the very facts of
 * the list's predicate (`matchesMetric`), so each count equals the list's total for the same
 * metric + outcome (the property test in kpis.test.ts checks every one).
 */
export function computePeriodFigures(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
): PeriodFigures {
  return periodFiguresOf(sumSeries(orders, filters, ctx, null))
}

/** The period figures from the series summed over a period (`SERIES`). */
function periodFiguresOf(c: Float64Array): PeriodFigures {
  const n = (series: number): number => c[series] ?? 0
  const figure = (due: number, onTime: number): RateFigure => ({
    due: n(due),
    onTime: n(onTime),
    rate: rate(n(onTime), n(due)),
  })
  return {
    received: {
      total: n(S.received),
      complaints: n(S.receivedComplaints),
      reports: n(S.receivedReports),
      consultations: n(S.receivedConsultations),
    },
    initialCheck: figure(S.initialCheckDue, S.initialCheckOnTime),
    reportCheck: figure(S.reportCheckDue, S.reportCheckOnTime),
    closure: figure(S.closureDue, S.closureOnTime),
    resolution: {
      due: n(S.resolutionDue),
      resolved: n(S.resolved),
      rate: rate(n(S.resolved), n(S.resolutionDue)),
    },
    recoveredFen: n(S.recoveredFen),
    consumerAssociation: {
      received: n(S.caReceived),
      due: n(S.caDue),
      resolved: n(S.caResolved),
      resolutionRate: rate(n(S.caResolved), n(S.caDue)),
      recoveredFen: n(S.caRecoveredFen),
    },
    complaintToCase: n(S.complaintToCase),
    satisfaction: {
      surveyed: n(S.surveyed),
      satisfied: n(S.satisfied),
      rate: rate(n(S.satisfied), n(S.surveyed)),
    },
    mediation: {
      concluded: n(S.mediationConcluded),
      succeeded: n(S.mediationSucceeded),
      rate: rate(n(S.mediationSucceeded), n(S.mediationConcluded)),
    },
  }
}

/** The series behind a metric's figure: [the items counted (or fen), the numerator's side]. */
export const METRIC_SERIES: Partial<Record<Metric, readonly [number, number | null]>> = {
  received: [S.received, null],
  consumerAssociation: [S.caReceived, null],
  complaintToCase: [S.complaintToCase, null],
  recovered: [S.recoveredFen, null],
  initialCheck: [S.initialCheckDue, S.initialCheckOnTime],
  reportCheck: [S.reportCheckDue, S.reportCheckOnTime],
  closure: [S.closureDue, S.closureOnTime],
  dispatch: [S.dispatchDue, S.dispatchOnTime],
  reply: [S.replyDue, S.replyOnTime],
  resolution: [S.resolutionDue, S.resolved],
  satisfaction: [S.surveyed, S.satisfied],
  mediation: [S.mediationConcluded, S.mediationSucceeded],
}

/**
 * The states at `asOf` of `orders` (every order that may be open or under supervision at
 * `ctx.now`: the simulator's open candidates), with the dimension filters; the period does not
 * apply.
 */
export function computeOpenFigure(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
): OpenFigure {
  return openFigureOf(openSeries(orders, filters, ctx))
}

function openSeries(orders: readonly WorkOrder[], filters: OrderFilters, ctx: KpiContext): Float64Array {
  return sumSeries(
    orders,
    filters,
    ctx,
    null,
    { fromDay: Number.NEGATIVE_INFINITY, toDay: Number.POSITIVE_INFINITY },
    true,
  )
}

/** The states at `asOf` from the series summed over every receipt day. */
function openFigureOf(c: Float64Array): OpenFigure {
  return {
    total: c[S.open] ?? 0,
    overdue: c[S.overdue] ?? 0,
    atRisk: c[S.atRisk] ?? 0,
    supervised: c[S.supervised] ?? 0,
  }
}

/**
 * The summary: the period figures over `orders` (received up to the due lookback before the
 * period), the states at `asOf` over `openOrders` (see `computeOpenFigure`).
 */
export function computeSummary(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
  openOrders: readonly WorkOrder[],
  /** Series the caller summed itself, of days left out of `orders` and `openOrders` (fresh-days.ts). */
  more?: { readonly period: Float64Array; readonly open: Float64Array },
): KpiSummary {
  const period = sumSeries(orders, filters, ctx, null)
  const open = openSeries(openOrders, filters, ctx)
  if (more) {
    addInto(period, more.period, 1)
    addInto(open, more.open, 1)
  }
  return { ...periodFiguresOf(period), open: openFigureOf(open), asOf: ctx.now }
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

/** 及时分析: counts report publications and spike warnings, not work orders (supplied by their owner). */
export interface AnalysisCount {
  readonly numerator: number
  readonly denominator: number
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
      '及时分析 [proposal]: periodic analyses published within their limit after the period end, and spike warnings within 1 working day ÷ those due. Counts reports and alerts, not work orders (0 / 0 when none are supplied).',
  },
]

/**
 * The six timely rates from the same facts as the lists, in one pass. `analysis` counts report
 * publications and spike warnings, which are not work orders: their owner supplies them
 * (0 / 0 without).
 */
export function computeSixTimely(
  orders: readonly WorkOrder[],
  filters: OrderFilters,
  ctx: KpiContext,
  analysis: AnalysisCount = { numerator: 0, denominator: 0 },
): SixTimely {
  const { fromDay, toDay } = periodBounds(filters)
  let supervisionDue = 0
  let supervisionOnTime = 0
  const c = sumSeries(orders, filters, ctx, (order, facts) => {
    const side = sideOf(order, facts, 'supervision', fromDay, toDay)
    if (side === -1) return
    supervisionDue++
    supervisionOnTime += side
  })
  const n = (series: number): number => c[series] ?? 0
  const counts: Record<SixTimelyCode, [number, number]> = {
    acceptance: [n(S.initialCheckDue), n(S.initialCheckOnTime)],
    dispatch: [n(S.dispatchDue), n(S.dispatchOnTime)],
    handling: [n(S.closureDue), n(S.closureOnTime)],
    supervision: [supervisionDue, supervisionOnTime],
    reply: [n(S.replyDue), n(S.replyOnTime)],
    analysis: [analysis.denominator, analysis.numerator],
  }
  const rates = SIX_TIMELY.map(({ code, metric, target, definition }) => {
    const [denominator, numerator] = counts[code]
    return { code, metric, numerator, denominator, rate: rate(numerator, denominator), target, definition }
  })
  return { rates, dispatchCorrect: n(S.dispatchCorrect), asOf: ctx.now }
}
