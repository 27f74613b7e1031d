import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { addDays, chinaDayOf, toChinaIso, type ChinaDay } from '../sim/china-time'
import {
  CATEGORY_CODES,
  CHANNEL_CODES,
  DISTRICT_CODES,
  KIND_CODES,
  STAGE_CODES,
  UNIT_CODES,
  type UnitCode,
} from '../sim/domain-codes'
import {
  closedRecoveredFen,
  forEachDayOfRange,
  forEachReceiptDay,
  hasDaySeries,
  intersect,
  metricMembers,
  receivedBy,
  receivedOnDays,
  recoveredFenByOrder,
  statusMembers,
} from '../sim/day-table-lists'
import {
  matchesDimensions,
  NO_DIMENSIONS,
  openState,
  periodBounds,
  type DayTable,
  type KpiContext,
  type OrderFilters,
} from '../sim/kpis'
import { API_METRICS, contributionOf, KPI_METRIC, type ApiMetric } from '../sim/metric-values'
import { orderText } from '../sim/order-text'
import { SimulatorError, type Simulator } from '../sim/simulator'
import { completedAsOf, type WorkOrder } from '../sim/work-order'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { idempotent } from './idempotency'
import { readJsonBody } from './json-body'
import {
  chinaDayParam,
  cursorParam,
  enumParam,
  keywordParam,
  limitParam,
  parseQuery,
  periodRule,
  type ParsedQuery,
} from './params'
import { paginate, paginateLazily } from './pagination'
import { instanceOf, invalidParameters, problem, type ParameterError } from './problem'
import {
  detailJson,
  isSupervisedAt,
  orderStateOf,
  reminderJson,
  summaryJson,
  type OrderState,
} from './work-order-serializer'
import { ownUnitOf } from './action-access'
import { alertIdParam, alertOrders } from './alert-orders'
import { currentStateFilter, dueRangeRule } from './current-state-filter'
import { orderOfPath } from './order-of-path'
import { requirePermission } from './permission'

/** Every metric of the contract lists the work orders it counts. */
export const LIST_METRICS = API_METRICS
export type ListMetric = ApiMetric

export const LIST_OUTCOMES = [
  'all',
  'onTime',
  'late',
  'resolved',
  'unresolved',
  'satisfied',
  'dissatisfied',
  'succeeded',
  'failed',
] as const
export type ListOutcome = (typeof LIST_OUTCOMES)[number]

export const WORK_ORDER_STATUSES = ['open', 'overdue', 'atRisk', 'closed', 'supervised'] as const
export const WORK_ORDER_SORTS = [
  'dueAt',
  '-dueAt',
  'receivedAt',
  '-receivedAt',
  'overdueDuration',
  '-overdueDuration',
] as const

/**
 * The outcomes each metric has (the contract's `outcome` parameter). Which items a metric counts,
 * and on which side of a rate each falls, is `contributionOf` (mocks/sim/metric-values.ts), the
 * very function behind the summary, the time series and the breakdowns: a list's `total` equals
 * the figure by construction. `all` is the whole figure (a rate's denominator); the first named
 * outcome is the numerator's side, the second the rest.
 */
const rateOutcomes = ['all', 'onTime', 'late'] as const
const METRIC_OUTCOMES: Record<ListMetric, readonly ListOutcome[]> = {
  received: ['all'],
  initialCheck: rateOutcomes,
  reportCheck: rateOutcomes,
  closure: rateOutcomes,
  resolution: ['all', 'resolved', 'unresolved'],
  recovered: ['all'],
  consumerAssociation: ['all'],
  complaintToCase: ['all'],
  satisfaction: ['all', 'satisfied', 'dissatisfied'],
  mediation: ['all', 'succeeded', 'failed'],
  timelyAcceptance: rateOutcomes,
  timelyDispatch: rateOutcomes,
  timelyHandling: rateOutcomes,
  timelySupervision: rateOutcomes,
  timelyReply: rateOutcomes,
}

/** Whether an item on the numerator's side of a rate is wanted (`true`), the rest (`false`) or all. */
function sideOf(metric: ListMetric, outcome: ListOutcome): boolean | null {
  if (outcome === 'all') return null
  return METRIC_OUTCOMES[metric][1] === outcome
}

/** The longest period a request may ask for (the contract's three years). */
export const maxPeriodDays = 1096

const listShape = {
  status: z.optional(enumParam(WORK_ORDER_STATUSES)),
  from: z.optional(chinaDayParam),
  to: z.optional(chinaDayParam),
  district: z.optional(enumParam(DISTRICT_CODES)),
  channel: z.optional(enumParam(CHANNEL_CODES)),
  kind: z.optional(enumParam(KIND_CODES)),
  category: z.optional(enumParam(CATEGORY_CODES)),
  unit: z.optional(enumParam(UNIT_CODES)),
  keyword: z.optional(keywordParam),
  consumerAssociation: z.optional(enumParam(['true', 'false'])),
  stage: z.optional(enumParam(STAGE_CODES)),
  dueFrom: z.optional(chinaDayParam),
  dueTo: z.optional(chinaDayParam),
  metric: z.optional(enumParam(LIST_METRICS)),
  outcome: z.optional(enumParam(LIST_OUTCOMES)),
  sort: z.optional(enumParam(WORK_ORDER_SORTS)),
  alert: z.optional(alertIdParam),
  limit: z.optional(limitParam),
  cursor: z.optional(cursorParam),
}
export type ListQuery = ParsedQuery<typeof listShape>

function listRules(query: ListQuery): ParameterError[] {
  const errors: ParameterError[] = []
  if ((query.from === undefined) !== (query.to === undefined)) {
    const missing = query.from === undefined ? 'from' : 'to'
    const other = missing === 'from' ? 'to' : 'from'
    errors.push({ in: 'query', parameter: missing, code: 'required', message: `is required with ${other}` })
  }
  errors.push(...periodRule(maxPeriodDays)(query), ...dueRangeRule(query))
  if (query.alert !== undefined && query.metric !== undefined) {
    errors.push({
      in: 'query',
      parameter: 'alert',
      code: 'combination',
      message: 'cannot be combined with metric',
    })
  }
  if (query.outcome !== undefined && query.metric === undefined) {
    errors.push({ in: 'query', parameter: 'outcome', code: 'combination', message: 'needs metric' })
  }
  if (query.metric !== undefined) {
    const outcome = query.outcome ?? 'all'
    const valid = METRIC_OUTCOMES[query.metric]
    if (!valid.includes(outcome)) {
      errors.push({
        in: 'query',
        parameter: 'outcome',
        code: 'combination',
        message: `${outcome} is not an outcome of ${query.metric} (valid: ${valid.join(', ')})`,
      })
    }
    if (query.from === undefined && query.to === undefined) {
      errors.push({ in: 'query', parameter: 'from', code: 'required', message: 'is required with metric' })
    }
  }
  return errors
}

type SortKey = (typeof WORK_ORDER_SORTS)[number]

function byIdThen(a: WorkOrder, b: WorkOrder): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function byReceipt(a: WorkOrder, b: WorkOrder): number {
  return a.receivedAt - b.receivedAt || byIdThen(a, b)
}

/**
 * Items [offset, end) of `orders` sorted by receipt (newest first when `descending`), equal
 * receipt times in id order. The simulator hands orders over in receipt order and the list only
 * filters them, so the page is a window of the list, widened to whole runs of equal receipt
 * times and sorted: a three-year list is not sorted (nor even read) as a whole for one page.
 */
export function receiptWindow(
  orders: readonly WorkOrder[],
  descending: boolean,
  offset: number,
  end: number,
): WorkOrder[] {
  const n = orders.length
  let lo = descending ? n - end : offset
  let hi = descending ? n - offset : end
  if (lo >= hi) return []
  const at = (i: number): number => orders[i]?.receivedAt ?? Number.NaN
  while (lo > 0 && at(lo - 1) === at(lo)) lo--
  while (hi < n && at(hi) === at(hi - 1)) hi++
  const compare = descending
    ? (a: WorkOrder, b: WorkOrder) => b.receivedAt - a.receivedAt || byIdThen(a, b)
    : byReceipt
  const window = orders.slice(lo, hi).sort(compare)
  // The window holds sorted positions [lo, hi) (ascending) or [n - hi, n - lo) (descending).
  const first = descending ? n - hi : lo
  return window.slice(offset - first, end - first)
}

/**
 * Sorts by due date or overdue duration (receipt order is paged by `receiptWindow`). The states
 * derived for the keys go to `states`: the page's rows reuse them.
 */
function sortOrders(
  orders: WorkOrder[],
  sort: Exclude<SortKey, 'receivedAt' | '-receivedAt'>,
  ctx: KpiContext,
  states: Map<WorkOrder, OrderState>,
): WorkOrder[] {
  const descending = sort.startsWith('-')
  const field = descending ? sort.slice(1) : sort
  const keyOf = (order: WorkOrder): number => {
    let state = states.get(order)
    if (state === undefined) {
      state = orderStateOf(order, ctx)
      states.set(order, state)
    }
    if (field === 'dueAt') return state.sortDueAt ?? Number.NaN
    return state.overdueSince === null ? 0 : ctx.now - state.overdueSince
  }
  const keyed = orders.map((order) => ({ order, key: keyOf(order) }))
  keyed.sort((a, b) => {
    // Items without a deadline come last whatever the direction.
    const aMissing = Number.isNaN(a.key)
    const bMissing = Number.isNaN(b.key)
    if (aMissing !== bMissing) return aMissing ? 1 : -1
    if (!aMissing && a.key !== b.key) return descending ? b.key - a.key : a.key - b.key
    return byIdThen(a.order, b.order)
  })
  return keyed.map((k) => k.order)
}

/** The orders a list holds, and the fen recovered by those of them closed at the clock. */
export interface MatchingOrders {
  readonly orders: WorkOrder[]
  readonly recoveredFen: number
}

function recoveredFenOf(orders: readonly WorkOrder[], now: number): number {
  let fen = 0
  for (const order of orders) {
    if (order.recoveredFen > 0 && completedAsOf(order.stages.closed, now) !== null) fen += order.recoveredFen
  }
  return fen
}

/**
 * Every order matching the query, in receipt order, seen at one clock reading (`ctx.now`).
 * Without `from`/`to` the list is not limited by a period; the simulator then scans the longest
 * period a request may name, ending today (items older than that are long closed). A receipt
 * day whose table holds (kpis.ts `DayTable`) gives the orders of a metric or a state directly
 * (day-table-lists.ts): the same emissions as the figures, without reading each order's facts.
 */
export function matchingOrders(
  simulator: Simulator,
  query: Partial<ListQuery>,
  ownUnit: UnitCode | null,
  ctx: KpiContext = simulator.kpiContext(),
  states = new Map<WorkOrder, OrderState>(),
): MatchingOrders {
  const today = chinaDayOf(ctx.now)
  const filters: OrderFilters = {
    from: query.from ?? addDays(today, -(maxPeriodDays - 1)),
    to: query.to ?? today,
    district: query.district,
    channel: query.channel,
    kind: query.kind,
    category: query.category,
    unit: ownUnit ?? query.unit,
  }
  const bounds = periodBounds(filters)
  const { metric, status, keyword, consumerAssociation } = query
  const side = metric === undefined ? null : sideOf(metric, query.outcome ?? 'all')
  const kpiMetric = metric === undefined ? undefined : KPI_METRIC[metric]
  const byTable = kpiMetric === undefined || hasDaySeries(kpiMetric)
  const wantedCa = consumerAssociation === undefined ? undefined : consumerAssociation === 'true'
  const needsPlain = !NO_DIMENSIONS(filters) || wantedCa !== undefined
  const plain = (order: WorkOrder): boolean =>
    matchesDimensions(order, filters) && (wantedCa === undefined || order.consumerAssociation === wantedCa)
  const inState = (order: WorkOrder): boolean => {
    if (status === undefined) return true
    if (status === 'closed') return completedAsOf(order.stages.closed, ctx.now) !== null
    if (status === 'supervised') return isSupervisedAt(order, ctx)
    const state = openState(order, ctx)
    return status === 'open' ? state !== null : state === status
  }
  const inMetric = (order: WorkOrder): boolean => {
    if (metric === undefined) return true
    const contribution = contributionOf(order, metric, filters, ctx, bounds)
    return contribution !== null && (side === null || contribution.numerator > 0 === side)
  }
  const ordersOn = (day: ChinaDay): readonly WorkOrder[] => simulator.ordersReceivedOn(day)
  const whole = metric === undefined && status === undefined && !needsPlain
  let orders: WorkOrder[] = []
  let recoveredFen = 0
  /** The orders [start, end) of one receipt day, `table` its table when one holds. */
  const visitDay = (day: readonly WorkOrder[], start: number, end: number, table: DayTable | undefined) => {
    if (table && byTable) {
      let members: Int32Array | null = null
      if (kpiMetric !== undefined)
        members = metricMembers(table, kpiMetric, side, bounds.fromDay, bounds.toDay)
      if (status !== undefined) {
        const inStatus = statusMembers(table, status)
        members = members === null ? inStatus : intersect(members, inStatus)
      }
      // Plain loops: no closure made per day (three years are ~1,100 days).
      const count = members === null ? end - start : members.length
      if (count === 0) return
      const fen = recoveredFenByOrder(table)
      for (let k = 0; k < count; k++) {
        const index = members === null ? k : (members[k] ?? 0)
        const order = day[start + index]
        if (order === undefined || (needsPlain && !plain(order))) continue
        orders.push(order)
        recoveredFen += fen[index] ?? 0
      }
      return
    }
    for (let i = start; i < end; i++) {
      const order = day[i]
      if (order === undefined || !plain(order) || !inMetric(order) || !inState(order)) continue
      orders.push(order)
      recoveredFen += recoveredFenOf([order], ctx.now)
    }
  }
  if (whole) {
    // Every order of the period (the page is cut from it): the fen from each day's table.
    orders = receivedOnDays(ordersOn, bounds.fromDay, bounds.toDay, ctx.now)
    forEachReceiptDay(orders, ctx, (start, end, table) => {
      recoveredFen += table ? closedRecoveredFen(table) : recoveredFenOf(orders.slice(start, end), ctx.now)
    })
  } else if (metric === undefined) {
    // The period's receipt days, one by one.
    forEachDayOfRange(ordersOn, bounds.fromDay, bounds.toDay, ctx, (day, table) =>
      visitDay(day, 0, day.length, table),
    )
  } else {
    // A metric's orders reach back before the period (limits ending in it).
    const candidates = receivedBy(simulator.candidateOrders(filters), ctx.now)
    forEachReceiptDay(candidates, ctx, (start, end, table) => visitDay(candidates, start, end, table))
  }
  if (keyword !== undefined) {
    const needle = keyword.toLowerCase()
    orders = orders.filter((o) => {
      if (o.id.toLowerCase().includes(needle)) return true
      const text = orderText(o)
      return text.summary.toLowerCase().includes(needle) || text.businessName.toLowerCase().includes(needle)
    })
  }
  const current = currentStateFilter(query, ctx, states)
  if (current !== null) orders = orders.filter(current)
  // A keyword or a current state keeps some of the orders: their fen is added afresh.
  if (keyword !== undefined || current !== null) recoveredFen = recoveredFenOf(orders, ctx.now)
  return { orders, recoveredFen }
}

/** What identifies a query for its cursors: every parameter but `cursor` and `limit`. */
function scopeOf(query: ListQuery, ownUnit: UnitCode | null): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query
  const entries = Object.entries({ ...rest, ownUnit }).filter(([, v]) => v !== undefined && v !== null)
  entries.sort(([a], [b]) => (a < b ? -1 : 1))
  return entries.map(([k, v]) => `${k}=${String(v)}`).join('&')
}

const newReminderSchema = z.strictObject({
  method: z.enum(['platform', 'phone', 'group']),
  note: z.optional(z.string().check(z.maxLength(500))),
})

export function workOrderHandlers(context: ApiContext): RequestHandler[] {
  const simulator = () => context.state.simulator
  return [
    http.get(apiPath('/work-orders'), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readWorkOrders')
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const parsed = parseQuery(request.url, listShape, listRules)
      if (!parsed.ok) return invalidParameters(parsed.errors, instance)
      const query = parsed.value
      const ownUnit = ownUnitOf(access.auth)
      if (ownUnit !== null && query.unit !== undefined && query.unit !== ownUnit) {
        return problem('forbidden', {
          detail: `Staff of ${ownUnit} may list their own unit's work orders only`,
          requiredPermission: 'readAllUnits',
          instance,
        })
      }
      const sim = simulator()
      const ctx = sim.kpiContext()
      const states = new Map<WorkOrder, OrderState>()
      let matching: MatchingOrders
      if (query.alert === undefined) {
        matching = matchingOrders(sim, query, ownUnit, ctx, states)
      } else {
        // The alert's items, then the other filters: its receipt days are the period unless one is named.
        const behind = alertOrders(sim, access.auth, query.alert)
        if (behind === null) return problem('not-found', { detail: `No alert ${query.alert}`, instance })
        const period = query.from === undefined ? { from: behind.from, to: behind.to } : {}
        const all = matchingOrders(sim, { ...query, ...period }, ownUnit, ctx, states)
        const orders = all.orders.filter((order) => behind.ids.has(order.id))
        matching = { orders, recoveredFen: recoveredFenOf(orders, ctx.now) }
      }
      const sort = query.sort ?? '-receivedAt'
      const pageOptions = { limit: query.limit ?? 100, cursor: query.cursor, scope: scopeOf(query, ownUnit) }
      const page =
        sort === 'receivedAt' || sort === '-receivedAt'
          ? paginateLazily(
              matching.orders.length,
              (offset, end) => receiptWindow(matching.orders, sort === '-receivedAt', offset, end),
              pageOptions,
            )
          : paginate(sortOrders(matching.orders, sort, ctx, states), pageOptions)
      if (!page.ok) {
        return invalidParameters(
          [{ in: 'query', parameter: 'cursor', code: 'format', message: page.message }],
          instance,
        )
      }
      return jsonResponse(context, {
        asOf: toChinaIso(ctx.now),
        items: page.page.items.map((order) => summaryJson(order, ctx, states.get(order))),
        nextCursor: page.page.nextCursor,
        total: page.page.total,
        recoveredFen: matching.recoveredFen,
      })
    }),

    http.get(apiPath('/work-orders/:id'), ({ request, cookies, params }) => {
      const access = requirePermission(context, request, cookies, 'readWorkOrders')
      if (!access.ok) return access.response
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const sim = simulator()
      const found = orderOfPath(sim, request, params.id, access.auth)
      if (!found.ok) return found.response
      return jsonResponse(context, detailJson(found.order, sim.view(found.order), sim.kpiContext()))
    }),

    // The CSRF guard has already checked the session and the token.
    http.post(
      apiPath('/work-orders/:id/reminders'),
      idempotent(
        context,
        async ({ request, cookies, params }) => {
          const access = requirePermission(context, request, cookies, 'remind')
          if (!access.ok) return access.response
          const instance = instanceOf(request)
          const query = parseQuery(request.url, {})
          if (!query.ok) return invalidParameters(query.errors, instance)
          const sim = simulator()
          const found = orderOfPath(sim, request, params.id, access.auth)
          if (!found.ok) return found.response
          const body = await readJsonBody(request, newReminderSchema, instance, '{"method", "note"}')
          if (!body.ok) return body.response
          const { order } = found
          if (completedAsOf(order.stages.closed, sim.now()) !== null) {
            return problem('state-conflict', { detail: `Work order ${order.id} is closed`, instance })
          }
          try {
            const reminder = sim.addReminder(order.id, {
              method: body.data.method,
              note: body.data.note ?? '',
              by: access.auth.user.name,
            })
            return jsonResponse(context, reminderJson(reminder, order.id), { status: 201 })
          } catch (error) {
            if (error instanceof SimulatorError && error.code === 'notFound') {
              return problem('not-found', { detail: error.message, instance })
            }
            throw error
          }
        },
        { required: true },
      ),
    ),
  ]
}
