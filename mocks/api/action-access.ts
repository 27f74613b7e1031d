import { z } from 'zod/mini'
import { addDays, chinaDayOf } from '../sim/china-time'
import { UNIT_CODES, type UnitCode } from '../sim/domain-codes'
import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'
import { chinaDayParam, cursorParam, enumParam, limitParam, periodRule } from './params'
import { instanceOf, invalidParameters, type ParameterError } from './problem'
import { jsonResponse, type ApiContext } from './api-context'
import { paginate } from './pagination'
import { toChinaIso } from '../sim/china-time'
import type { Authenticated } from './session'

/**
 * What the supervision and decision endpoints share: which unit a user is limited to, and their
 * lists' period (optional, both or neither, at most three years).
 */
/** The unit a user is limited to, or null when it may see every unit. */
export function ownUnitOf(auth: Authenticated): UnitCode | null {
  if (auth.user.permissions.includes('readAllUnits')) return null
  return (auth.user.unit ?? '') as UnitCode
}

/** The longest period a list may name (the contract's three years). */
export const maxListPeriodDays = 1096

export const listPeriodShape = {
  from: z.optional(chinaDayParam),
  to: z.optional(chinaDayParam),
  unit: z.optional(enumParam(UNIT_CODES)),
  limit: z.optional(limitParam),
  cursor: z.optional(cursorParam),
}

/** `from` and `to` come together, in order, at most three years apart. */
export function listPeriodRules(query: {
  from?: string | undefined
  to?: string | undefined
}): ParameterError[] {
  if ((query.from === undefined) !== (query.to === undefined)) {
    const missing = query.from === undefined ? 'from' : 'to'
    const other = missing === 'from' ? 'to' : 'from'
    return [{ in: 'query', parameter: missing, code: 'required', message: `is required with ${other}` }]
  }
  return periodRule(maxListPeriodDays)(query)
}

/** The period a list covers: the one given, else the longest allowed, ending today. */
export function listPeriod(
  simulator: Simulator,
  query: { from?: string | undefined; to?: string | undefined },
): { from: string; to: string } {
  const today = chinaDayOf(simulator.now())
  return { from: query.from ?? addDays(today, -(maxListPeriodDays - 1)), to: query.to ?? today }
}

/**
 * The orders an action of the period can belong to: those received up to the simulator's
 * lookback before it, plus any order users acted on (a supervision may be opened on an old item
 * still open).
 */
export function ordersActedOnOrDue(simulator: Simulator, period: { from: string; to: string }): WorkOrder[] {
  const orders = simulator.candidateOrders(period)
  const seen = new Set<string>()
  const first = orders[0]?.receivedAt ?? Number.POSITIVE_INFINITY
  for (const id of Object.keys(simulator.exportOverlay().orders)) {
    if (seen.has(id)) continue
    seen.add(id)
    const order = simulator.findOrder(id)
    if (order && order.receivedAt < first) orders.push(order)
  }
  return orders
}

/** What identifies a list query for its cursors: every parameter but `cursor` and `limit`. */
export function cursorScope(query: Record<string, unknown>, ownUnit: UnitCode | null): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query
  const entries: [string, unknown][] = Object.entries(rest).filter(([, v]) => v !== undefined)
  if (ownUnit !== null) entries.push(['ownUnit', ownUnit])
  entries.sort(([a], [b]) => (a < b ? -1 : 1))
  return entries.map(([k, v]) => `${k}=${String(v)}`).join('&')
}

/**
 * One cursor page of a supervision or decision list as the contract shapes it (`asOf`, `items`,
 * `nextCursor`, `total`), or the 400 for a cursor of another query.
 */
export function listPage<T>(
  context: ApiContext,
  request: Request,
  items: readonly T[],
  {
    query,
    ownUnit,
    asOf,
  }: {
    query: Record<string, unknown> & { limit?: number | undefined; cursor?: string | undefined }
    ownUnit: UnitCode | null
    asOf: number
  },
  toJson: (item: T) => unknown = (item) => item,
): Response {
  const page = paginate(items, {
    limit: query.limit ?? 100,
    cursor: query.cursor,
    scope: cursorScope(query, ownUnit),
  })
  if (!page.ok) {
    const error: ParameterError = { in: 'query', parameter: 'cursor', code: 'format', message: page.message }
    return invalidParameters([error], instanceOf(request))
  }
  return jsonResponse(context, {
    asOf: toChinaIso(asOf),
    items: page.page.items.map(toJson),
    nextCursor: page.page.nextCursor,
    total: page.page.total,
  })
}
