import { z } from 'zod/mini'
import type { Permission } from '@/entities/session/session-schema'
import { addDays, chinaDayOf } from '../sim/china-time'
import { UNIT_CODES, type UnitCode } from '../sim/domain-codes'
import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'
import type { ApiContext } from './api-context'
import { chinaDayParam, cursorParam, enumParam, limitParam, periodRule } from './params'
import { instanceOf, problem, type ParameterError } from './problem'
import { authenticate, type Authenticated } from './session'

/**
 * What the supervision and decision endpoints share: who may call them, which unit a user is
 * limited to, and their lists' period (optional, both or neither, at most three years).
 */
export type Access = { ok: true; auth: Authenticated } | { ok: false; response: Response }

/** 401 without a session, 403 without `permission` (the contract's `requiredPermission`). */
export function requirePermission(
  context: ApiContext,
  request: Request,
  cookies: Record<string, string>,
  permission: Permission,
): Access {
  const instance = instanceOf(request)
  const auth = authenticate(context, cookies)
  if (!auth) return { ok: false, response: problem('unauthenticated', { detail: 'Not signed in', instance }) }
  if (!auth.user.permissions.includes(permission))
    return { ok: false, response: forbidden(request, auth, permission) }
  return { ok: true, auth }
}

export function forbidden(
  request: Request,
  auth: Authenticated,
  permission: Permission,
  detail?: string,
): Response {
  return problem('forbidden', {
    detail: detail ?? `The role ${auth.user.role} may not do this`,
    requiredPermission: permission,
    instance: instanceOf(request),
  })
}

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
