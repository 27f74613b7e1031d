/**
 * The city simulator: the generated work orders seen "as of" an injected clock, with what users
 * did stored on top.
 *
 * - Deterministic: the same seed, scenario, limits and clock give the same answers in any
 *   process time zone (all arithmetic is on epoch ms with China's fixed +08:00).
 * - Live: every answer reads the clock afresh, so items arrive and stages complete as it advances;
 *   an order received after the clock does not exist, a stage completed after it is not done.
 * - Lazy: days are generated on demand and memoized (generate-day.ts); nothing is generated up
 *   front.
 * - The overlay (reminders, supervision, extension decisions) is kept per order and applied to
 *   every later answer; it can be exported and imported (persistence across reloads comes later).
 */
import { applyReturnDecisions } from './approvals'
import { addWorkingDays, deadlineAfterWorkingDays } from './calendar'
import {
  CHINA_OFFSET_MS,
  MS_PER_DAY,
  chinaDayOf,
  epochDayOf,
  startOfChinaDay,
  type ChinaDay,
} from './china-time'
import type { UnitCode } from './domain-codes'
import { createDayGenerator, type DayGenerator } from './generate-day'
import {
  dueLookbackDays,
  buildDayTable,
  computeFacts,
  computeSixTimely,
  computeSummary,
  dayOfMs,
  factsValidity,
  matchesFilters,
  matchesMetric,
  periodBounds,
  type AnalysisCount,
  type DayTable,
  type KpiContext,
  type OrderFacts,
  type KpiSummary,
  type Metric,
  type OrderFilters,
  type SixTimely,
} from './kpis'
import { addFreshDay, createFreshSeries } from './fresh-days'
import { createDayFacts, orderIndex, packFacts, unpackFacts, type DayFacts } from './packed-facts'
import { scenarioParams, type ScenarioName } from './scenarios'
import { DEFAULT_TIME_LIMITS, type TimeLimits } from './time-limits'
import {
  EMPTY_OVERLAY,
  orderAsOf,
  type ExtensionDecision,
  type ExtensionEvent,
  type ExtensionShift,
  type OrderOverlay,
  type Reminder,
  type ReminderMethod,
  type SupervisionLevel,
  type SupervisionRecord,
  type SupervisionUpdate,
  type UserDecision,
  type WorkOrder,
  type WorkOrderView,
} from './work-order'

export interface SimulatorOptions {
  readonly seed: number
  /** The clock (epoch ms). Injected: the model never reads the system time itself. */
  readonly now: () => number
  readonly scenario?: ScenarioName
  readonly timeLimits?: TimeLimits
}

/** User actions, serializable (for the browser's storage, later). */
export interface OverlaySnapshot {
  readonly version: 1
  readonly orders: Readonly<Record<string, OrderOverlay>>
  readonly sequence: number
}

export class SimulatorError extends Error {
  constructor(
    readonly code: 'notFound' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'SimulatorError'
  }
}

export interface Simulator {
  readonly seed: number
  readonly scenario: ScenarioName
  readonly timeLimits: TimeLimits
  /** The clock reading every answer uses. */
  now(): number
  /** Orders received on a China day, as far as they exist at the clock. */
  ordersReceivedOn(day: ChinaDay): readonly WorkOrder[]
  /** Orders received from `from` to `to` (China days, both included) that exist at the clock. */
  ordersInRange(from: ChinaDay, to: ChinaDay): WorkOrder[]
  /** An order by id (null when unknown or not yet received). */
  findOrder(id: string): WorkOrder | null
  /** The order as seen at the clock, overlay applied; contact masked unless revealed. */
  view(order: WorkOrder, options?: { revealContact?: boolean }): WorkOrderView
  /** The list without a metric: the common filters, period by receipt. */
  listOrders(filters: OrderFilters): WorkOrder[]
  /** The list behind a KPI figure (`metric` + `outcome`): its length equals the figure. */
  ordersForMetric(metric: Metric, outcome: string, filters: OrderFilters): WorkOrder[]
  summary(filters: OrderFilters): KpiSummary
  /**
   * The six timely rates (六个及时) [proposal]. `analysis` (report publications and spike
   * warnings, not work orders) is supplied by its owner; 0 / 0 without.
   */
  sixTimely(filters: OrderFilters, analysis?: AnalysisCount): SixTimely
  /** The context the aggregates use at this instant (clock, overlay, calendar). */
  kpiContext(): KpiContext
  /** Orders that may count for a metric in the period (received up to the lookback before it). */
  candidateOrders(filters: OrderFilters): WorkOrder[]
  /**
   * Every order that may be open or under supervision at the clock: those received within the
   * lookback, and older ones users acted on. Older orders are closed, with every request and
   * return of theirs decided (the model decides each before its order closes).
   */
  openOrders(): WorkOrder[]

  addReminder(orderId: string, input: { method: ReminderMethod; note: string; by: string }): Reminder
  openSupervision(
    orderId: string,
    input: { by: string; note: string; reason?: SupervisionRecord['reason'] },
  ): SupervisionRecord
  closeSupervision(orderId: string, supervisionId: string): SupervisionRecord
  /** Extension requests awaiting a decision at the clock (requested, undecided). */
  pendingExtensions(filters: OrderFilters): { order: WorkOrder; event: ExtensionEvent }[]
  decideExtension(orderId: string, eventId: string, decision: ExtensionDecision, by: string): UserDecision
  exportOverlay(): OverlaySnapshot
  importOverlay(snapshot: OverlaySnapshot): void
  /** Opens a supervision (督办) with the day the unit must report by (`POST /escalations`). */
  openEscalation(
    orderId: string,
    input: {
      by: string
      byId: string
      note: string
      reason: SupervisionRecord['reason']
      dueDate: ChinaDay | null
      level: SupervisionLevel
    },
  ): SupervisionRecord
  /**
   * Changes a supervision (`PATCH /escalations/{id}`): a new report-by day, a progress note, or
   * closing it. A generated supervision closes with its overdue stage and cannot be closed here.
   */
  updateSupervision(
    orderId: string,
    supervisionId: string,
    change: { by: string; dueDate?: ChinaDay; note?: string; close?: boolean },
  ): SupervisionUpdate
  /** Decides a pending extension request or returned ticket (`toUnit`: where a return goes). */
  decideRequest(
    orderId: string,
    eventId: string,
    input: { decision: ExtensionDecision; by: string; note?: string; toUnit?: UnitCode },
  ): UserDecision
}

const ID_PATTERN = /^RZ-(\d{4})(\d{2})(\d{2})-\d{4}$/

/** How far back a work-order list without `from`/`to` reaches (the longest period, three years). */
const LIST_WITHOUT_PERIOD_DAYS = 1096

export function createSimulator(options: SimulatorOptions): Simulator {
  const scenario = options.scenario ?? 'calibrated'
  const timeLimits = options.timeLimits ?? DEFAULT_TIME_LIMITS
  const readClock = options.now
  const generator: DayGenerator = createDayGenerator({
    seed: options.seed,
    limits: timeLimits,
    params: scenarioParams(scenario, readClock()),
  })
  const lookbackDays = dueLookbackDays(timeLimits, generator.lateWorkingDays)
  const overlays = new Map<string, OrderOverlay>()
  let sequence = 0

  /** Moves a day-based deadline by n working days (the extension rule). */
  const shift: ExtensionShift = (deadlineAt, n) =>
    startOfChinaDay(addWorkingDays(chinaDayOf(deadlineAt - 1), n)) + MS_PER_DAY

  function existing(epochDay: number, now: number): readonly WorkOrder[] {
    const nowDay = Math.floor((now + CHINA_OFFSET_MS) / MS_PER_DAY)
    if (epochDay > nowDay) return []
    // Users' decisions on returned tickets re-dispatch an order (approvals.ts): every answer sees it.
    const generated = generator.ordersOnEpochDay(epochDay)
    const orders =
      overlays.size === 0
        ? generated
        : applyReturnDecisions(generated, overlays.get.bind(overlays), now, shift)
    if (epochDay < nowDay) return orders
    return orders.filter((o) => o.receivedAt <= now)
  }

  function range(fromEpochDay: number, toEpochDay: number, now: number, skip?: Set<number>): WorkOrder[] {
    const days: (readonly WorkOrder[])[] = []
    for (let e = fromEpochDay; e <= toEpochDay; e++) if (!skip?.has(e)) days.push(existing(e, now))
    // One concat of the days: pushing a year's orders one spread at a time costs four times more.
    return ([] as WorkOrder[]).concat(...days)
  }

  function ctxAt(now: number): KpiContext {
    // A new answer: the days the last one read for the first time are now worth keeping.
    answer++
    firstReadings.clear()
    const plain = plainCtxAt(now)
    return kpiContext(plain.now, plain.atRiskBefore, factsAt, dayTableAt)
  }

  // Each receipt day's series (kpis.ts `DayTable`), kept while every order's facts hold and no
  // user acted on any of them: a year's figures then cost a few steps per day.
  interface KeptTable {
    readonly table: DayTable
    readonly from: number
    readonly until: number
  }
  const keptTables = new Map<number, KeptTable>()
  // The answer (`ctxAt`) that first read each day. An answer reads a day order by order however
  // often it reads it; a table is built from the next answer on: a cold first answer must not
  // pay for tables (nor keep facts) it may never reuse.
  let answer = 0
  const visitedDays = new Map<number, number>()
  // Days in their first answer, with its instant: their facts are computed and not kept
  // (keeping needs their validity, a good part of their cost); later answers keep them.
  const firstReadings = new Map<number, number>()
  const keptTableDays = 1500

  function dayTableAt(epochDay: number, now: number): DayTable | undefined {
    const kept = keptTables.get(epochDay)
    if (kept && now >= kept.from && now < kept.until && !userActedOn(epochDay)) return kept.table
    if (kept && now < kept.from) return undefined
    if (userActedOn(epochDay)) return undefined
    if (!kept) {
      const first = visitedDays.get(epochDay)
      if (first === undefined) {
        visitedDays.set(epochDay, answer)
        firstReadings.set(epochDay, now)
        return undefined
      }
      if (first === answer) return undefined
    }
    firstReadings.delete(epochDay)
    const orders = existing(epochDay, now)
    const facts: OrderFacts[] = []
    let from = Number.NEGATIVE_INFINITY
    let until = Number.POSITIVE_INFINITY
    for (const order of orders) {
      const f = factsAt(order, now)
      const kFrom = keptFrom(order)
      if (f === undefined || Number.isNaN(kFrom)) return undefined
      facts.push(f)
      from = Math.max(from, kFrom)
      until = Math.min(until, keptUntil(order))
    }
    const table = buildDayTable(orders, facts)
    keptTables.delete(epochDay)
    keptTables.set(epochDay, { table, from, until })
    if (keptTables.size > keptTableDays) {
      const oldest = keptTables.keys().next()
      if (!oldest.done) keptTables.delete(oldest.value)
    }
    return table
  }

  /** Whether users acted on an order received on the day (their overlay changes its facts). */
  let overlayDays: { size: number; keys: Set<string>; days: Set<number> } | null = null
  function userActedOn(epochDay: number): boolean {
    if (overlays.size === 0) return false
    if (
      overlayDays?.size !== overlays.size ||
      [...overlays.keys()].some((id) => !overlayDays?.keys.has(id))
    ) {
      const days = new Set<number>()
      for (const id of overlays.keys()) {
        const match = ID_PATTERN.exec(id)
        if (match) days.add(epochDayOf(`${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`))
      }
      overlayDays = { size: overlays.size, keys: new Set(overlays.keys()), days }
    }
    return overlayDays.days.has(epochDay)
  }

  // The facts of each order (kpis.ts `OrderFacts`), kept for as long as they cannot change
  // (`factsValidity`): a warm year's answers read them instead of re-deriving every stage of
  // ~80k orders, while the clock runs. Packed per receipt day (see `DayFacts`): an object per
  // order plus a WeakMap entry cost ~280 bytes an order, a year or two of orders ~30 MB of the
  // page's heap; packed they cost ~52. Orders users acted on are computed afresh every time
  // (their overlay changes them; they are few).
  const dayFacts = new Map<number, DayFacts>()
  const dayFactsLimit = 1500
  let plainCtx: KpiContext | null = null

  function plainCtxAt(now: number): KpiContext {
    if (plainCtx?.now !== now) {
      plainCtx = kpiContext(
        now,
        deadlineAfterWorkingDays(now, timeLimits.warningWindow),
        undefined,
        undefined,
      )
    }
    return plainCtx
  }

  /**
   * A context at `now`, with or without the kept facts and tables: both from this one literal,
   * so that the aggregates see one shape of context (two made them recompile mid-answer).
   */
  function kpiContext(
    now: number,
    atRiskBefore: number,
    facts: KpiContext['facts'],
    dayTable: KpiContext['dayTable'],
  ): KpiContext {
    return {
      now,
      overlayOf,
      shift,
      atRiskBefore,
      afterWorkingDays: deadlineAfterWorkingDays,
      supervisionAfterOverdue: timeLimits.supervisionAfterOverdue,
      facts,
      dayTable,
    }
  }

  // Most answers run without any user action: no lookup (hashing each order's id) then.
  const overlayOf = (id: string): OrderOverlay | undefined =>
    overlays.size === 0 ? undefined : overlays.get(id)

  function factsStoreOf(epochDay: number): DayFacts {
    let store = dayFacts.get(epochDay)
    if (store === undefined) {
      store = createDayFacts(generator.countOnEpochDay(epochDay))
      dayFacts.set(epochDay, store)
      if (dayFacts.size > dayFactsLimit) {
        const oldest = dayFacts.keys().next()
        if (!oldest.done) dayFacts.delete(oldest.value)
      }
    }
    return store
  }

  /** `kept.from`/`kept.until` of an order's kept facts, for the day tables' validity. */
  const keptFrom = (order: WorkOrder): number => keptBound(order, 0)
  const keptUntil = (order: WorkOrder): number => keptBound(order, 1)
  function keptBound(order: WorkOrder, which: 0 | 1): number {
    const store = dayFacts.get(dayOfMs(order.receivedAt))
    const i = orderIndex(order.id)
    return store?.valid[i * 2 + which] ?? Number.NaN
  }

  function factsAt(order: WorkOrder, now: number): OrderFacts | undefined {
    if (overlays.size > 0 && overlays.has(order.id)) return undefined
    const day = dayOfMs(order.receivedAt)
    if (firstReadings.size > 0 && firstReadings.get(day) === now && !dayFacts.has(day)) {
      return computeFacts(order, plainCtxAt(now))
    }
    const store = factsStoreOf(day)
    const i = orderIndex(order.id)
    if (i < 0 || i >= store.size) return undefined
    const from = store.valid[i * 2] ?? Number.NaN
    if (!Number.isNaN(from)) {
      if (now >= from && now < (store.valid[i * 2 + 1] ?? from)) return unpackFacts(store, i)
      // An earlier instant (a report "as of" its period): computed afresh, the later facts stay.
      if (now < from) return undefined
    }
    const ctx = plainCtxAt(now)
    const facts = computeFacts(order, ctx)
    const validity = factsValidity(order, ctx, facts)
    packFacts(store, i, facts, validity.from, validity.until)
    return facts
  }

  function candidates(filters: OrderFilters, now: number): WorkOrder[] {
    return range(epochDayOf(filters.from) - lookbackDays, epochDayOf(filters.to), now)
  }

  /**
   * Every order that may be open or under supervision at `now`: those received within the
   * lookback (older ones are closed, with their generated supervisions: generate-day.test.ts),
   * and older ones users acted on, as far back as a list without a period reaches (1,096 days).
   */
  function openCandidates(now: number, skip?: Set<number>): WorkOrder[] {
    const nowDay = dayOfMs(now)
    const recentFrom = nowDay - lookbackDays
    const out: WorkOrder[] = []
    const older = new Set<number>()
    for (const id of overlays.keys()) {
      const order = findOrder(id)
      if (!order) continue
      const e = dayOfMs(order.receivedAt)
      if (e < recentFrom && e > nowDay - LIST_WITHOUT_PERIOD_DAYS) older.add(e)
    }
    for (const e of [...older].sort((a, b) => a - b)) {
      for (const order of existing(e, now)) if (overlays.has(order.id)) out.push(order)
    }
    for (const order of range(recentFrom, nowDay, now, skip)) out.push(order)
    return out
  }

  /**
   * The summary. Days in their first reading (no table, no kept facts, nobody acted on them,
   * wholly before today) are summed from orders built for this reading alone (fresh-days.ts);
   * the rest from the days' kept orders, tables and facts.
   */
  function summaryAt(filters: OrderFilters, now: number): KpiSummary {
    const ctx = ctxAt(now)
    const nowDay = dayOfMs(now)
    const periodFrom = epochDayOf(filters.from) - lookbackDays
    const periodTo = epochDayOf(filters.to)
    const openFrom = nowDay - lookbackDays
    const fresh = createFreshSeries(periodBounds(filters))
    const freshDays = new Set<number>()
    // Today's orders arrive while the clock runs: read as they exist (`existing`). Newest day
    // first: the orders still open, overdue or under supervision come early, so the JIT sees
    // every kind of order before compiling the sums (met last, they made it drop its code near
    // the end). The sums are of integers, exact in any order.
    for (let e = nowDay - 1; e >= Math.min(periodFrom, openFrom); e--) {
      const inPeriod = e >= periodFrom && e <= periodTo
      const inOpen = e >= openFrom
      if (!inPeriod && !inOpen) continue
      if (!inFirstReading(e, now)) continue
      freshDays.add(e)
      addFreshDay(fresh, generator.ordersToRead(e), filters, ctx, inPeriod, inOpen)
    }
    const orders = range(periodFrom, periodTo, now, freshDays)
    return computeSummary(orders, filters, ctx, openCandidates(now, freshDays), {
      period: fresh.toPeriod.counters,
      open: fresh.toOpen.counters,
    })
  }

  /** Whether this answer reads the day for the first time (see `dayTableAt`, `factsAt`). */
  function inFirstReading(epochDay: number, now: number): boolean {
    if (userActedOn(epochDay) || dayFacts.has(epochDay)) return false
    return dayTableAt(epochDay, now) === undefined && firstReadings.get(epochDay) === now
  }

  function requireOrder(id: string): WorkOrder {
    const order = findOrder(id)
    if (!order) throw new SimulatorError('notFound', `No work order ${id}`)
    return order
  }

  function findOrder(id: string): WorkOrder | null {
    const match = ID_PATTERN.exec(id)
    if (!match) return null
    const day = `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`
    let epochDay: number
    try {
      epochDay = epochDayOf(day)
    } catch {
      return null
    }
    return existing(epochDay, readClock()).find((o) => o.id === id) ?? null
  }

  function update(orderId: string, change: (current: OrderOverlay) => OrderOverlay): void {
    overlays.set(orderId, change(overlays.get(orderId) ?? EMPTY_OVERLAY))
  }

  const nextId = (orderId: string, letter: string): string => `${orderId}-${letter}${String(++sequence)}`

  return {
    seed: options.seed,
    scenario,
    timeLimits,
    now: readClock,
    ordersReceivedOn: (day) => existing(epochDayOf(day), readClock()),
    ordersInRange: (from, to) => range(epochDayOf(from), epochDayOf(to), readClock()),
    findOrder,
    view: (order, viewOptions) =>
      orderAsOf(
        order,
        readClock(),
        overlays.get(order.id) ?? EMPTY_OVERLAY,
        shift,
        viewOptions?.revealContact,
      ),
    listOrders(filters) {
      const bounds = periodBounds(filters)
      const orders = range(epochDayOf(filters.from), epochDayOf(filters.to), readClock())
      const dimensions = [filters.district, filters.channel, filters.kind, filters.category, filters.unit]
      // The range is the period's receipt days: only the dimensions can leave orders out.
      if (dimensions.every((d) => d === undefined)) return orders
      return orders.filter((o) => matchesFilters(o, filters, bounds))
    },
    ordersForMetric(metric, outcome, filters) {
      const now = readClock()
      const ctx = ctxAt(now)
      const bounds = periodBounds(filters)
      // The open states are at `now` whatever the period.
      const orders = metric === 'open' ? openCandidates(now) : candidates(filters, now)
      return orders.filter((o) => matchesMetric(o, metric, outcome, filters, ctx, bounds))
    },
    summary: (filters) => summaryAt(filters, readClock()),
    sixTimely(filters, analysis) {
      const now = readClock()
      return computeSixTimely(candidates(filters, now), filters, ctxAt(now), analysis)
    },
    kpiContext: () => ctxAt(readClock()),
    candidateOrders: (filters) => candidates(filters, readClock()),
    openOrders: () => openCandidates(readClock()),

    addReminder(orderId, input) {
      requireOrder(orderId)
      const reminder: Reminder = {
        id: nextId(orderId, 'UC'),
        at: readClock(),
        method: input.method,
        by: input.by,
        note: input.note,
        source: 'user',
      }
      update(orderId, (o) => ({ ...o, reminders: [...o.reminders, reminder] }))
      return reminder
    },
    openSupervision(orderId, input) {
      requireOrder(orderId)
      const record: SupervisionRecord = {
        id: nextId(orderId, 'UD'),
        openedAt: readClock(),
        by: input.by,
        reason: input.reason ?? 'leaderAttention',
        note: input.note,
        closedAt: null,
        source: 'user',
      }
      update(orderId, (o) => ({ ...o, supervisions: [...o.supervisions, record] }))
      return record
    },
    closeSupervision(orderId, supervisionId) {
      requireOrder(orderId)
      const current = overlays.get(orderId)?.supervisions.find((s) => s.id === supervisionId)
      if (!current) throw new SimulatorError('notFound', `No supervision ${supervisionId} on ${orderId}`)
      if (current.closedAt !== null)
        throw new SimulatorError('conflict', `Supervision ${supervisionId} is closed`)
      const closed: SupervisionRecord = { ...current, closedAt: readClock() }
      update(orderId, (o) => ({
        ...o,
        supervisions: o.supervisions.map((s) => (s.id === supervisionId ? closed : s)),
      }))
      return closed
    },
    pendingExtensions(filters) {
      const now = readClock()
      const out: { order: WorkOrder; event: ExtensionEvent }[] = []
      for (const order of candidates(filters, now)) {
        if (order.events.length === 0) continue
        const view = orderAsOf(order, now, overlays.get(order.id) ?? EMPTY_OVERLAY, shift)
        if (view.closed) continue
        for (const event of order.events) {
          if (event.type !== 'extension') continue
          const shown = view.events.find((e) => e.id === event.id)
          if (shown?.type === 'extension' && shown.status === 'requested') out.push({ order, event })
        }
      }
      return out
    },
    decideExtension(orderId, eventId, decision, by) {
      const order = requireOrder(orderId)
      const now = readClock()
      const event = order.events.find((e) => e.id === eventId)
      if (event?.type !== 'extension' || event.requestedAt > now) {
        throw new SimulatorError('notFound', `No extension request ${eventId} on ${orderId}`)
      }
      const view = orderAsOf(order, now, overlays.get(orderId) ?? EMPTY_OVERLAY, shift)
      const shown = view.events.find((e) => e.id === eventId)
      if (shown?.type !== 'extension' || shown.status !== 'requested') {
        throw new SimulatorError('conflict', `Extension ${eventId} was already decided`)
      }
      const record: UserDecision = { eventId, decision, at: now, by }
      update(orderId, (o) => ({ ...o, decisions: [...o.decisions, record] }))
      return record
    },
    exportOverlay: () => ({ version: 1, orders: Object.fromEntries(overlays), sequence }),
    importOverlay(snapshot) {
      overlays.clear()
      for (const [id, overlay] of Object.entries(snapshot.orders)) overlays.set(id, overlay)
      sequence = snapshot.sequence
    },
    openEscalation(orderId, input) {
      requireOrder(orderId)
      const record: SupervisionRecord = {
        id: nextId(orderId, 'UD'),
        openedAt: readClock(),
        by: input.by,
        byId: input.byId,
        reason: input.reason,
        note: input.note,
        closedAt: null,
        source: 'user',
        dueDate: input.dueDate,
        level: input.level,
      }
      update(orderId, (o) => ({ ...o, supervisions: [...o.supervisions, record] }))
      return record
    },
    updateSupervision(orderId, supervisionId, change) {
      const order = requireOrder(orderId)
      const now = readClock()
      const mine = overlays.get(orderId)?.supervisions.find((s) => s.id === supervisionId)
      const current = mine ?? order.supervisions.find((s) => s.id === supervisionId)
      if (!current || current.openedAt > now) {
        throw new SimulatorError('notFound', `No supervision ${supervisionId} on ${orderId}`)
      }
      if (current.closedAt !== null && current.closedAt <= now) {
        throw new SimulatorError('conflict', `Supervision ${supervisionId} is closed`)
      }
      if (change.close === true && !mine) {
        throw new SimulatorError(
          'conflict',
          `Supervision ${supervisionId} closes when its overdue stage is done`,
        )
      }
      const record: SupervisionUpdate = {
        supervisionId,
        at: now,
        by: change.by,
        ...(change.dueDate === undefined ? {} : { dueDate: change.dueDate }),
        ...(change.note === undefined ? {} : { note: change.note }),
        ...(change.close === true ? { closed: true } : {}),
      }
      update(orderId, (o) => ({
        ...o,
        supervisions: o.supervisions.map((s) =>
          s.id === supervisionId && change.close === true ? { ...s, closedAt: now } : s,
        ),
        supervisionUpdates: [...(o.supervisionUpdates ?? []), record],
      }))
      return record
    },
    decideRequest(orderId, eventId, input) {
      const order = requireOrder(orderId)
      const now = readClock()
      const overlay = overlays.get(orderId) ?? EMPTY_OVERLAY
      const event = order.events.find((e) => e.id === eventId)
      if (event?.type === 'extension' && event.requestedAt <= now) {
        const shown = orderAsOf(order, now, overlay, shift).events.find((e) => e.id === eventId)
        if (shown?.type !== 'extension' || shown.status !== 'requested') {
          throw new SimulatorError('conflict', `Extension ${eventId} was already decided`)
        }
      } else if (event?.type === 'return' && event.returnedAt <= now) {
        const decided = overlay.decisions.some((d) => d.eventId === eventId)
        if (decided || event.redispatchedAt <= now) {
          throw new SimulatorError('conflict', `Return ${eventId} was already decided`)
        }
        if (input.decision === 'approved' && input.toUnit === event.fromUnit) {
          throw new SimulatorError('invalid', `A return cannot be re-dispatched to ${event.fromUnit}`)
        }
      } else {
        throw new SimulatorError('notFound', `No extension request or return ${eventId} on ${orderId}`)
      }
      const record: UserDecision = {
        eventId,
        decision: input.decision,
        at: now,
        by: input.by,
        ...(input.note === undefined ? {} : { note: input.note }),
        ...(input.toUnit === undefined || event.type !== 'return' ? {} : { toUnit: input.toUnit }),
      }
      update(orderId, (o) => ({ ...o, decisions: [...o.decisions, record] }))
      return record
    },
  }
}

/** The China day of the clock (for handlers defaulting a period to "today"). */
export function todayOf(simulator: Simulator): ChinaDay {
  return chinaDayOf(simulator.now())
}
