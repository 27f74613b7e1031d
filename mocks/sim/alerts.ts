/**
 * Alerts (public/openapi.yaml, `GET /alerts`): deadline cards and spikes, computed from the
 * simulator's work orders at its clock, with the desk's acknowledgements and plans on top.
 *
 * - Deadline cards come from a sweep each working day at 08:30 China time, per handling unit:
 *   a yellow card when at least `YELLOW_CARD_MIN_ITEMS` open items of the unit have a deadline
 *   inside the warning window (time-limits.ts `warningWindow`), a red card when items of the
 *   unit became overdue since the previous sweep (the first overdue working day).
 * - Spikes come from hotspots.ts: every complete day, the 7 days ending on it are compared with
 *   their baseline, city-wide per category and per category × district; consecutive days above
 *   the threshold are one alert, raised at the end of its first day (00:00 of the next), so well
 *   within the 1-working-day spike-warning limit.
 * - Ids derive from what raised the alert (unit or category, district, first day), so the same
 *   seed and clock give the same ids, and an alert keeps its id while the clock moves on.
 */
import { deadlineAfterWorkingDays, isWorkingDay } from './calendar'
import {
  MS_PER_HOUR,
  MS_PER_MINUTE,
  addDays,
  chinaDayOf,
  dayFromEpochDay,
  epochDayOf,
  startOfChinaDay,
  type ChinaDay,
} from './china-time'
import type { CategoryCode, DistrictCode, UnitCode } from './domain-codes'
import { UNITS } from './domain-codes'
import type { DeskRecords, PlanCode } from './desk-records'
import {
  MIN_SURGE_COUNT_CITY,
  MIN_SURGE_COUNT_DISTRICT,
  baselineWindows,
  surgeOf,
  windowCounts,
  type BaselineMethod,
} from './hotspots'
import type { KpiContext } from './kpis'
import type { Simulator } from './simulator'
import { EMPTY_OVERLAY, STAGES_BY_KIND, completedAsOf, stageStateAt, type StageCode } from './work-order'

/** Alerts raised this many days before the clock's day are listed (older ones are history). */
export const ALERT_HORIZON_DAYS = 14
/** How far back a spike's first day is searched, so that its id does not move with the clock. */
const SPIKE_LOOKBACK_DAYS = 28
export const SWEEP_TIME_MS = 8 * MS_PER_HOUR + 30 * MS_PER_MINUTE
export const YELLOW_CARD_MIN_ITEMS = 8
export const RED_CARD_MIN_ITEMS = 1
const SPIKE_WINDOW_DAYS = 7

export type AlertType = 'yellowCard' | 'redCard' | 'spike'
export type AlertStatus = 'open' | 'acknowledged' | 'planActivated' | 'cleared' | 'resolved'

export interface AlertItem {
  readonly orderId: string
  readonly category: CategoryCode
  readonly stage: StageCode
  readonly deadlineAt: number
}

export interface SpikeDetail {
  readonly category: CategoryCode
  readonly district: DistrictCode | null
  readonly windowFrom: ChinaDay
  readonly windowTo: ChinaDay
  readonly count: number
  readonly baselineMean: number
  readonly baselineStdDev: number
  readonly threshold: number
  readonly baselineMethod: BaselineMethod
}

export interface RaisedAlert {
  readonly id: string
  readonly type: AlertType
  readonly raisedAt: number
  readonly unit: UnitCode | null
  /** The unit's district for cards, the spike's district (null city-wide) for spikes. */
  readonly district: DistrictCode | null
  readonly items: readonly AlertItem[]
  /** Cards: the earliest deadline of the items. */
  readonly deadlineAt: number | null
  readonly spike: SpikeDetail | null
  /** The cause went away at the clock (items done, spike over). */
  readonly cleared: boolean
  /** When it went away (the last item done, the first day no longer above); null while not. */
  readonly clearedAt: number | null
}

export interface AlertPlan {
  readonly code: PlanCode
  readonly activatedAt: number
  readonly activatedBy: string
  readonly note: string
  /** The plan's lead (负责人): a name, '' for plans recorded before leads were asked for. */
  readonly lead: string
  readonly startsAt: number
}

export type AlertEventAction = 'raised' | 'acknowledged' | 'planActivated' | 'cleared' | 'resolved'

/** One step of an alert's life: the machine's (raised, cleared) have no actor and no note. */
export interface AlertEvent {
  readonly action: AlertEventAction
  readonly at: number
  readonly by: string | null
  readonly note: string | null
}

export interface AlertState {
  readonly status: AlertStatus
  readonly acknowledgedAt: number | null
  readonly acknowledgedBy: string | null
  readonly plan: AlertPlan | null
  readonly resolvedAt: number | null
  readonly resolvedBy: string | null
  readonly resolution: string | null
  /** Oldest first (ties in the order of the lifecycle). */
  readonly history: readonly AlertEvent[]
}

const compact = (day: ChinaDay) => day.replaceAll('-', '')

function contextAt(simulator: Simulator, at: number): KpiContext {
  return {
    ...simulator.kpiContext(),
    now: at,
    atRiskBefore: deadlineAfterWorkingDays(at, simulator.timeLimits.warningWindow),
  }
}

interface Sweep {
  readonly at: number
  readonly yellow: Map<UnitCode, AlertItem[]>
  readonly red: Map<UnitCode, AlertItem[]>
}

const sweepMemo = new WeakMap<Simulator, Map<number, Sweep>>()

/**
 * The deadline sweep at `at`: per unit, the items whose first open deadline lies in the warning
 * window, and the items whose deadline passed since `previousAt`. A past sweep never changes
 * (later user actions happen after it), so it is memoized per simulator.
 */
function sweep(simulator: Simulator, at: number, previousAt: number): Sweep {
  let memo = sweepMemo.get(simulator)
  if (!memo) {
    memo = new Map()
    sweepMemo.set(simulator, memo)
  }
  const hit = memo.get(at)
  if (hit) return hit
  const ctx = contextAt(simulator, at)
  const day = chinaDayOf(at)
  const yellow = new Map<UnitCode, AlertItem[]>()
  const red = new Map<UnitCode, AlertItem[]>()
  const add = (map: Map<UnitCode, AlertItem[]>, unit: UnitCode, item: AlertItem) => {
    const list = map.get(unit)
    if (list) list.push(item)
    else map.set(unit, [item])
  }
  for (const order of simulator.candidateOrders({ from: day, to: day })) {
    if (order.receivedAt > at || completedAsOf(order.stages.closed, at) !== null) continue
    const overlay = ctx.overlayOf(order.id) ?? EMPTY_OVERLAY
    let warned = false
    for (const code of STAGES_BY_KIND[order.kind]) {
      const state = stageStateAt(order, code, at, overlay, ctx.shift)
      if (state?.deadlineAt == null || state.completedAt !== null) continue
      const item = { orderId: order.id, category: order.category, stage: code, deadlineAt: state.deadlineAt }
      if (state.deadlineAt <= at) {
        if (state.deadlineAt > previousAt) add(red, order.unit, item)
        break
      }
      if (!warned && state.deadlineAt <= ctx.atRiskBefore) {
        add(yellow, order.unit, item)
        warned = true
      }
    }
  }
  const result = { at, yellow, red }
  if (at < simulator.now()) memo.set(at, result)
  return result
}

/** The working days whose 08:30 sweep is inside the horizon and not after the clock. */
function sweepTimes(simulator: Simulator): number[] {
  const now = simulator.now()
  const today = chinaDayOf(now)
  const times: number[] = []
  for (let back = ALERT_HORIZON_DAYS; back >= 0; back--) {
    const day = addDays(today, -back)
    const at = startOfChinaDay(day) + SWEEP_TIME_MS
    if (at <= now && isWorkingDay(day)) times.push(at)
  }
  return times
}

/** The sweep before `at` (the previous working day's), for "became overdue since". */
function previousSweepTime(at: number): number {
  let day = addDays(chinaDayOf(at), -1)
  for (let i = 0; i < 40 && !isWorkingDay(day); i++) day = addDays(day, -1)
  return startOfChinaDay(day) + SWEEP_TIME_MS
}

function cardAlerts(simulator: Simulator): RaisedAlert[] {
  const now = simulator.now()
  const ctx = simulator.kpiContext()
  const alerts: RaisedAlert[] = []
  /** When the item's stage was done (-Infinity for an order gone or a stage that no longer applies). */
  const doneAt = (item: AlertItem): number | null => {
    const order = simulator.findOrder(item.orderId)
    if (!order) return -Infinity
    const state = stageStateAt(order, item.stage, now, ctx.overlayOf(order.id) ?? EMPTY_OVERLAY, ctx.shift)
    return state ? state.completedAt : -Infinity
  }
  for (const at of sweepTimes(simulator)) {
    const result = sweep(simulator, at, previousSweepTime(at))
    const day = compact(chinaDayOf(at))
    const cards: [AlertType, Map<UnitCode, AlertItem[]>, number][] = [
      ['yellowCard', result.yellow, YELLOW_CARD_MIN_ITEMS],
      ['redCard', result.red, RED_CARD_MIN_ITEMS],
    ]
    for (const [type, byUnit, minItems] of cards) {
      for (const [unit, items] of byUnit) {
        if (items.length < minItems) continue
        const sorted = [...items].sort(
          (a, b) => a.deadlineAt - b.deadlineAt || (a.orderId < b.orderId ? -1 : 1),
        )
        // A yellow card's cause is gone once each item is done or past its deadline (a red
        // card's matter then); a red card's once each overdue item is done.
        const goneAt = (item: AlertItem): number | null => {
          const done = doneAt(item)
          if (type === 'redCard') return done
          if (item.deadlineAt <= now) return Math.min(item.deadlineAt, done ?? Infinity)
          return done
        }
        let clearedAt: number | null = at
        for (const item of sorted) {
          const gone = goneAt(item)
          if (gone === null) {
            clearedAt = null
            break
          }
          clearedAt = Math.max(clearedAt, gone)
        }
        alerts.push({
          id: `${type === 'yellowCard' ? 'yc' : 'rc'}-${unit}-${day}`,
          type,
          raisedAt: at,
          unit,
          district: UNITS[unit].district,
          items: sorted,
          deadlineAt: sorted[0]?.deadlineAt ?? null,
          spike: null,
          cleared: clearedAt !== null,
          clearedAt,
        })
      }
    }
  }
  return alerts
}

interface SpikeDay {
  readonly epochDay: number
  readonly detail: SpikeDetail
}

function spikeAlerts(simulator: Simulator): RaisedAlert[] {
  const todayEpoch = epochDayOf(chinaDayOf(simulator.now()))
  const lastDay = todayEpoch - 1
  const episodes = new Map<string, SpikeDay[][]>()
  for (let e = todayEpoch - SPIKE_LOOKBACK_DAYS; e <= lastDay; e++) {
    const window = { from: dayFromEpochDay(e - SPIKE_WINDOW_DAYS + 1), to: dayFromEpochDay(e) }
    const current = windowCounts(simulator, window)
    const baseline = baselineWindows(window)
    const earlier = baseline.windows.map((w) => windowCounts(simulator, w))
    for (const [key, count] of current) {
      const [category, district = null] = key.split('|') as [CategoryCode, DistrictCode?]
      const minCount = district === null ? MIN_SURGE_COUNT_CITY : MIN_SURGE_COUNT_DISTRICT
      const surge = surgeOf(
        count,
        earlier.map((c) => c.get(key) ?? 0),
        minCount,
      )
      if (!surge.surge) continue
      const detail: SpikeDetail = {
        category,
        district,
        windowFrom: window.from,
        windowTo: window.to,
        count,
        baselineMean: surge.baselineMean,
        baselineStdDev: surge.baselineStdDev,
        threshold: surge.threshold,
        baselineMethod: baseline.method,
      }
      const runs = episodes.get(key) ?? []
      const run = runs[runs.length - 1]
      const last = run?.[run.length - 1]
      if (run && last?.epochDay === e - 1) run.push({ epochDay: e, detail })
      else runs.push([{ epochDay: e, detail }])
      episodes.set(key, runs)
    }
  }
  const alerts: RaisedAlert[] = []
  for (const runs of episodes.values()) {
    for (const run of runs) {
      const first = run[0]
      const latest = run[run.length - 1]
      if (!first || !latest || latest.epochDay < todayEpoch - ALERT_HORIZON_DAYS) continue
      const { category, district } = latest.detail
      const firstDay = dayFromEpochDay(first.epochDay)
      alerts.push({
        id: `sp-${category}-${district ?? 'city'}-${compact(firstDay)}`,
        type: 'spike',
        raisedAt: startOfChinaDay(addDays(firstDay, 1)),
        unit: null,
        district,
        items: [],
        deadlineAt: null,
        spike: latest.detail,
        cleared: latest.epochDay < lastDay,
        // The day after its latest was not above the threshold, known once that day was complete.
        clearedAt: latest.epochDay < lastDay ? startOfChinaDay(dayFromEpochDay(latest.epochDay + 2)) : null,
      })
    }
  }
  return alerts
}

/** Every alert at the simulator's clock, newest first (ties by id). */
export function raisedAlerts(simulator: Simulator): RaisedAlert[] {
  const alerts = [...cardAlerts(simulator), ...spikeAlerts(simulator)]
  alerts.sort((a, b) => b.raisedAt - a.raisedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return alerts
}

const EVENT_ORDER: readonly AlertEventAction[] = [
  'raised',
  'acknowledged',
  'planActivated',
  'cleared',
  'resolved',
]

/**
 * The alert's state with the desk's records on top: resolved wins (a director's closing word),
 * then cleared (the cause went away), then a plan, then an acknowledgement.
 */
export function alertStateOf(alert: RaisedAlert, records: DeskRecords): AlertState {
  const seeded = records.seededStepsOf(alert)
  const acknowledgement = records.acknowledgementOf(alert.id) ?? seeded.acknowledgement
  const planRecord = records.planOf(alert.id) ?? seeded.plan
  const resolution = records.resolutionOf(alert.id)
  const plan: AlertPlan | null = planRecord
    ? {
        code: planRecord.code,
        activatedAt: planRecord.at,
        activatedBy: planRecord.by,
        note: planRecord.note,
        lead: planRecord.lead ?? '',
        startsAt: planRecord.startsAt ?? planRecord.at,
      }
    : null
  // Activating a plan counts as acknowledging (the contract's activate-plan).
  const acknowledgedAt = acknowledgement?.at ?? planRecord?.at ?? null
  const acknowledgedBy = acknowledgement?.by ?? planRecord?.by ?? null
  const status: AlertStatus = resolution
    ? 'resolved'
    : alert.cleared
      ? 'cleared'
      : plan
        ? 'planActivated'
        : acknowledgement
          ? 'acknowledged'
          : 'open'
  const history: AlertEvent[] = [{ action: 'raised', at: alert.raisedAt, by: null, note: null }]
  if (acknowledgement)
    history.push({
      action: 'acknowledged',
      at: acknowledgement.at,
      by: acknowledgement.by,
      note: acknowledgement.note,
    })
  if (planRecord)
    history.push({ action: 'planActivated', at: planRecord.at, by: planRecord.by, note: planRecord.note })
  if (alert.clearedAt !== null) history.push({ action: 'cleared', at: alert.clearedAt, by: null, note: null })
  if (resolution)
    history.push({ action: 'resolved', at: resolution.at, by: resolution.by, note: resolution.note })
  history.sort((a, b) => a.at - b.at || EVENT_ORDER.indexOf(a.action) - EVENT_ORDER.indexOf(b.action))
  return {
    status,
    acknowledgedAt,
    acknowledgedBy,
    plan,
    resolvedAt: resolution?.at ?? null,
    resolvedBy: resolution?.by ?? null,
    resolution: resolution?.note ?? null,
    history,
  }
}
