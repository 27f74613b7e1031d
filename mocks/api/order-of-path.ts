import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'
import { ownUnitOf } from './action-access'
import { instanceOf, invalidParameters, problem } from './problem'
import type { Authenticated } from './session'

export function forbiddenUnit(request: Request): Response {
  return problem('forbidden', {
    detail: "Only the handling unit's own staff and directors may see this work order",
    requiredPermission: 'readAllUnits',
    instance: instanceOf(request),
  })
}

const workOrderIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** The work order of the path, or the problem (400 malformed id, 404 unknown, 403 other unit). */
export function orderOfPath(
  simulator: Simulator,
  request: Request,
  id: unknown,
  auth: Authenticated,
): { ok: true; order: WorkOrder } | { ok: false; response: Response } {
  const instance = instanceOf(request)
  if (typeof id !== 'string' || !workOrderIdPattern.test(id)) {
    const message = 'must be a work-order id (letters, digits, - and _; at most 64)'
    return {
      ok: false,
      response: invalidParameters([{ in: 'path', parameter: 'id', code: 'format', message }], instance),
    }
  }
  const order = simulator.findOrder(id)
  if (!order)
    return { ok: false, response: problem('not-found', { detail: `No work order ${id}`, instance }) }
  const own = ownUnitOf(auth)
  if (own !== null && order.unit !== own) return { ok: false, response: forbiddenUnit(request) }
  return { ok: true, order }
}
