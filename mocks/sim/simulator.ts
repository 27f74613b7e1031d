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
import { addWorkingDays, deadlineAfterWorkingDays } from './calendar'
import {
  CHINA_OFFSET_MS,
  MS_PER_DAY,
  chinaDayOf,
  epochDayOf,
  startOfChinaDay,
  type ChinaDay,
} from './china-time'
import { createDayGenerator, type DayGenerator } from './generate-day'
import {
  dueLookbackDays,
  computeSixTimely,
  computeSummary,
  matchesFilters,
  matchesMetric,
  periodBounds,
  type KpiContext,
  type KpiSummary,
  type Metric,
  type OrderFilters,
  type SixTimely,
} from './kpis'
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
  type SupervisionRecord,
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
  /** The six timely rates (六个及时) [proposal]. */
  sixTimely(filters: OrderFilters): SixTimely
  /** The context the aggregates use at this instant (clock, overlay, calendar). */
  kpiContext(): KpiContext
  /** Orders that may count for a metric in the period (received up to the lookback before it). */
  candidateOrders(filters: OrderFilters): WorkOrder[]

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
}

const ID_PATTERN = /^RZ-(\d{4})(\d{2})(\d{2})-\d{4}$/

export function createSimulator(options: SimulatorOptions): Simulator {
  const scenario = options.scenario ?? 'calibrated'
  const timeLimits = options.timeLimits ?? DEFAULT_TIME_LIMITS
  const readClock = options.now
  const generator: DayGenerator = createDayGenerator({
    seed: options.seed,
    limits: timeLimits,
    params: scenarioParams(scenario, readClock()),
  })
  const lookbackDays = dueLookbackDays(timeLimits)
  const overlays = new Map<string, OrderOverlay>()
  let sequence = 0

  /** Moves a day-based deadline by n working days (the extension rule). */
  const shift: ExtensionShift = (deadlineAt, n) =>
    startOfChinaDay(addWorkingDays(chinaDayOf(deadlineAt - 1), n)) + MS_PER_DAY

  function existing(epochDay: number, now: number): readonly WorkOrder[] {
    const nowDay = Math.floor((now + CHINA_OFFSET_MS) / MS_PER_DAY)
    if (epochDay > nowDay) return []
    const orders = generator.ordersOnEpochDay(epochDay)
    if (epochDay < nowDay) return orders
    return orders.filter((o) => o.receivedAt <= now)
  }

  function range(fromEpochDay: number, toEpochDay: number, now: number): WorkOrder[] {
    const out: WorkOrder[] = []
    for (let e = fromEpochDay; e <= toEpochDay; e++) {
      for (const order of existing(e, now)) out.push(order)
    }
    return out
  }

  function ctxAt(now: number): KpiContext {
    return {
      now,
      overlayOf: (id) => overlays.get(id),
      shift,
      atRiskBefore: deadlineAfterWorkingDays(now, timeLimits.warningWindow),
      afterWorkingDays: deadlineAfterWorkingDays,
      supervisionAfterOverdue: timeLimits.supervisionAfterOverdue,
    }
  }

  function candidates(filters: OrderFilters, now: number): WorkOrder[] {
    return range(epochDayOf(filters.from) - lookbackDays, epochDayOf(filters.to), now)
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
      return range(epochDayOf(filters.from), epochDayOf(filters.to), readClock()).filter((o) =>
        matchesFilters(o, filters, bounds),
      )
    },
    ordersForMetric(metric, outcome, filters) {
      const now = readClock()
      const ctx = ctxAt(now)
      const bounds = periodBounds(filters)
      return candidates(filters, now).filter((o) => matchesMetric(o, metric, outcome, filters, ctx, bounds))
    },
    summary(filters) {
      const now = readClock()
      return computeSummary(candidates(filters, now), filters, ctxAt(now))
    },
    sixTimely(filters) {
      const now = readClock()
      return computeSixTimely(candidates(filters, now), filters, ctxAt(now))
    },
    kpiContext: () => ctxAt(readClock()),
    candidateOrders: (filters) => candidates(filters, readClock()),

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
  }
}

/** The China day of the clock (for handlers defaulting a period to "today"). */
export function todayOf(simulator: Simulator): ChinaDay {
  return chinaDayOf(simulator.now())
}
