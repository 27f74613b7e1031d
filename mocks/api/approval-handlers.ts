import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import {
  extensionRequestOf,
  listExtensionRequests,
  listReturnedTickets,
  orderIdOfEvent,
  returnedTicketOf,
  type DecisionFilters,
} from '../sim/approvals'
import { UNIT_CODES } from '../sim/domain-codes'
import { SimulatorError, type Simulator } from '../sim/simulator'
import type { ExtensionEvent, ReturnEvent, WorkOrder } from '../sim/work-order'
import {
  listPage,
  listPeriod,
  listPeriodRules,
  listPeriodShape,
  ordersActedOnOrDue,
  ownUnitOf,
} from './action-access'
import { forbidden, requirePermission } from './permission'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { extensionRequestJson, returnedTicketJson } from './decision-serializer'
import { idempotent } from './idempotency'
import { readJsonBody } from './json-body'
import { enumParam, parseQuery } from './params'
import { instanceOf, invalidParameters, problem } from './problem'

/**
 * What awaits a director's decision (public/openapi.yaml, tag `decisions`): extension requests
 * (`/extension-requests`) and returned tickets (`/returned-tickets`), listed, approved, rejected.
 */

const listShape = { ...listPeriodShape, status: z.optional(enumParam(['pending', 'approved', 'rejected'])) }

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
const optionalNoteSchema = z.strictObject({ note: z.optional(z.string().check(z.maxLength(1000))) })
const requiredNoteSchema = z.strictObject({ note: z.string().check(z.minLength(1), z.maxLength(1000)) })
const returnApprovalSchema = z.strictObject({
  toUnit: z.enum(UNIT_CODES),
  note: z.optional(z.string().check(z.maxLength(1000))),
})

type Resource = 'extension' | 'return'
type Found<E> = { ok: true; order: WorkOrder; event: E } | { ok: false; response: Response }

/** The event a path names: 400 malformed id, 404 unknown (or of the other resource). */
function eventOfPath<T extends Resource>(
  simulator: Simulator,
  id: unknown,
  type: T,
  instance: string,
): Found<T extends 'extension' ? ExtensionEvent : ReturnEvent> {
  if (typeof id !== 'string' || !idPattern.test(id)) {
    const message = 'must be an id (letters, digits, - and _; at most 64)'
    return {
      ok: false,
      response: invalidParameters([{ in: 'path', parameter: 'id', code: 'format', message }], instance),
    }
  }
  const what = type === 'extension' ? 'extension request' : 'returned ticket'
  const notFound = {
    ok: false as const,
    response: problem('not-found', { detail: `No ${what} ${id}`, instance }),
  }
  const orderId = orderIdOfEvent(id)
  const order = orderId === null ? null : simulator.findOrder(orderId)
  const event = order?.events.find((e) => e.id === id)
  if (!order || event?.type !== type) return notFound
  const at = event.type === 'extension' ? event.requestedAt : event.returnedAt
  if (at > simulator.now()) return notFound
  return { ok: true, order, event: event as T extends 'extension' ? ExtensionEvent : ReturnEvent }
}

function decisionProblem(error: unknown, instance: string): Response {
  if (error instanceof SimulatorError) {
    if (error.code === 'notFound') return problem('not-found', { detail: error.message, instance })
    if (error.code === 'conflict') return problem('state-conflict', { detail: error.message, instance })
    // 'invalid': the one rule the simulator checks on a decision's input (a return's unit).
    const message = error.message
    return invalidParameters([{ in: 'body', parameter: '/toUnit', code: 'format', message }], instance)
  }
  throw error
}

/** A decision body: JSON when sent; an optional body may also be left out entirely. */
async function decisionBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
  instance: string,
  optional: boolean,
) {
  if (optional && (await request.clone().text()) === '') return { ok: true as const, data: {} as z.output<T> }
  return readJsonBody(request, schema, instance, '{"note"}')
}

export function approvalHandlers(context: ApiContext): RequestHandler[] {
  const simulator = () => context.state.simulator

  function list(resource: Resource) {
    const path = resource === 'extension' ? '/extension-requests' : '/returned-tickets'
    return http.get(apiPath(path), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readWorkOrders')
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const parsed = parseQuery(request.url, listShape, listPeriodRules)
      if (!parsed.ok) return invalidParameters(parsed.errors, instance)
      const query = parsed.value
      const ownUnit = ownUnitOf(access.auth)
      if (ownUnit !== null && query.unit !== undefined && query.unit !== ownUnit) {
        return forbidden(
          request,
          access.auth,
          'readAllUnits',
          `Staff of ${ownUnit} may list their own unit's only`,
        )
      }
      const sim = simulator()
      const ctx = sim.kpiContext()
      const period = listPeriod(sim, query)
      const filters: DecisionFilters = { ...period, status: query.status, unit: ownUnit ?? query.unit }
      // What still awaits a decision belongs to an order still open (the navigation's count asks
      // on every poll): a few weeks of orders instead of the period's, three years by default.
      const orders = query.status === 'pending' ? sim.openOrders() : ordersActedOnOrDue(sim, period)
      const page = { query, ownUnit, asOf: ctx.now }
      return resource === 'extension'
        ? listPage(context, request, listExtensionRequests(orders, filters, ctx), page, extensionRequestJson)
        : listPage(context, request, listReturnedTickets(orders, filters, ctx), page, returnedTicketJson)
    })
  }

  function decide(resource: Resource, decision: 'approved' | 'rejected') {
    const path = `${resource === 'extension' ? '/extension-requests' : '/returned-tickets'}/:id/${
      decision === 'approved' ? 'approve' : 'reject'
    }`
    return http.post(
      apiPath(path),
      idempotent(
        context,
        async ({ request, cookies, params }) => {
          const access = requirePermission(context, request, cookies, 'decide')
          if (!access.ok) return access.response
          const instance = instanceOf(request)
          const query = parseQuery(request.url, {})
          if (!query.ok) return invalidParameters(query.errors, instance)
          const sim = simulator()
          const found = eventOfPath(sim, params.id, resource, instance)
          if (!found.ok) return found.response
          const { order, event } = found
          let note: string | undefined
          let toUnit: (typeof UNIT_CODES)[number] | undefined
          if (resource === 'return' && decision === 'approved') {
            const body = await readJsonBody(request, returnApprovalSchema, instance, '{"toUnit", "note"}')
            if (!body.ok) return body.response
            ;({ note, toUnit } = body.data)
          } else {
            const optional = decision === 'approved'
            const body = await decisionBody(
              request,
              optional ? optionalNoteSchema : requiredNoteSchema,
              instance,
              optional,
            )
            if (!body.ok) return body.response
            note = body.data.note
          }
          try {
            sim.decideRequest(order.id, event.id, {
              decision,
              by: access.auth.user.name,
              ...(note === undefined ? {} : { note }),
              ...(toUnit === undefined ? {} : { toUnit }),
            })
          } catch (error) {
            return decisionProblem(error, instance)
          }
          // The order as it stands after the decision (a return moves it to another unit).
          const after = sim.findOrder(order.id) ?? order
          const ctx = sim.kpiContext()
          const afterEvent = after.events.find((e) => e.id === event.id)
          if (resource === 'extension' && afterEvent?.type === 'extension') {
            const state = extensionRequestOf(after, afterEvent, ctx)
            if (state) return jsonResponse(context, extensionRequestJson(state))
          }
          if (resource === 'return' && afterEvent?.type === 'return') {
            const state = returnedTicketOf(after, afterEvent, ctx)
            if (state) return jsonResponse(context, returnedTicketJson(state))
          }
          return problem('not-found', { detail: `No ${resource} ${event.id}`, instance })
        },
        { required: true },
      ),
    )
  }

  return [
    list('extension'),
    decide('extension', 'approved'),
    decide('extension', 'rejected'),
    list('return'),
    decide('return', 'approved'),
    decide('return', 'rejected'),
  ]
}
