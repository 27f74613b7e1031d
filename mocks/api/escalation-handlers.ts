import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { chinaDayOf } from '../sim/china-time'
import { DISTRICT_CODES } from '../sim/domain-codes'
import {
  escalationOf,
  hasOpenEscalation,
  listEscalations,
  orderIdOfSupervision,
  supervisionRecordsOf,
} from '../sim/escalations'
import { SimulatorError, type Simulator } from '../sim/simulator'
import { completedAsOf, type WorkOrder } from '../sim/work-order'
import {
  listPage,
  listPeriod,
  listPeriodRules,
  listPeriodShape,
  ordersActedOnOrDue,
  ownUnitOf,
} from './action-access'
import { forbidden, requirePermission } from './permission'
import { apiBasePath, apiPath, buildResponse, jsonResponse, type ApiContext } from './api-context'
import { escalationJson } from './decision-serializer'
import { idempotent } from './idempotency'
import { readJsonBody } from './json-body'
import { chinaDayParam, enumParam, parseQuery } from './params'
import { instanceOf, invalidParameters, problem } from './problem'

/** Supervision (督办): `GET`/`POST /escalations` and `PATCH /escalations/{id}` (public/openapi.yaml). */

const listShape = {
  ...listPeriodShape,
  status: z.optional(enumParam(['open', 'closed'])),
  district: z.optional(enumParam(DISTRICT_CODES)),
}

const reasons = ['overdue', 'dissatisfied', 'leaderAttention'] as const
const workOrderIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
const newEscalationSchema = z.strictObject({
  workOrderId: z.string().check(z.regex(workOrderIdPattern)),
  reason: z.enum(reasons),
  level: z.optional(z.enum(['general', 'key', 'listed'])),
  dueDate: z.optional(chinaDayParam),
  note: z.optional(z.string().check(z.maxLength(1000))),
})

const patchSchema = z.strictObject({
  status: z.optional(z.literal('closed')),
  dueDate: z.optional(chinaDayParam),
  note: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
})

/**
 * A report-by day before today is refused (the contract: "not before today"): a well-formed day
 * that breaks a rule at this moment, so `rule-violation` (422) rather than a malformed field.
 */
function pastDueDate(simulator: Simulator, dueDate: string | undefined, instance: string): Response | null {
  const today = chinaDayOf(simulator.now())
  if (dueDate === undefined || dueDate >= today) return null
  const message = `must not be before today (${today}, China time)`
  return problem('rule-violation', {
    detail: `The report-by day ${dueDate} is in the past`,
    errors: [{ in: 'body', parameter: '/dueDate', code: 'range', message }],
    instance,
  })
}

function simulatorProblem(error: unknown, instance: string): Response {
  if (error instanceof SimulatorError) {
    if (error.code === 'notFound') return problem('not-found', { detail: error.message, instance })
    if (error.code === 'conflict') return problem('state-conflict', { detail: error.message, instance })
  }
  throw error
}

export function escalationHandlers(context: ApiContext): RequestHandler[] {
  const simulator = () => context.state.simulator
  return [
    http.get(apiPath('/escalations'), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readWorkOrders')
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const parsed = parseQuery(request.url, listShape, listPeriodRules)
      if (!parsed.ok) return invalidParameters(parsed.errors, instance)
      const query = parsed.value
      const ownUnit = ownUnitOf(access.auth)
      if (ownUnit !== null && query.unit !== undefined && query.unit !== ownUnit) {
        const detail = `Staff of ${ownUnit} may list their own unit's supervisions only`
        return forbidden(request, access.auth, 'readAllUnits', detail)
      }
      const sim = simulator()
      const ctx = sim.kpiContext()
      const period = listPeriod(sim, query)
      const states = listEscalations(
        ordersActedOnOrDue(sim, period),
        { ...period, status: query.status, district: query.district, unit: ownUnit ?? query.unit },
        ctx,
      )
      return listPage(context, request, states, { query, ownUnit, asOf: ctx.now }, escalationJson)
    }),

    http.post(
      apiPath('/escalations'),
      idempotent(
        context,
        async ({ request, cookies }) => {
          const access = requirePermission(context, request, cookies, 'supervise')
          if (!access.ok) return access.response
          const instance = instanceOf(request)
          const query = parseQuery(request.url, {})
          if (!query.ok) return invalidParameters(query.errors, instance)
          const body = await readJsonBody(
            request,
            newEscalationSchema,
            instance,
            '{"workOrderId", "reason", "level", "dueDate", "note"}',
          )
          if (!body.ok) return body.response
          const sim = simulator()
          const past = pastDueDate(sim, body.data.dueDate, instance)
          if (past) return past
          const order = sim.findOrder(body.data.workOrderId)
          if (!order) {
            return problem('not-found', { detail: `No work order ${body.data.workOrderId}`, instance })
          }
          const ctx = sim.kpiContext()
          if (completedAsOf(order.stages.closed, ctx.now) !== null) {
            return problem('state-conflict', { detail: `Work order ${order.id} is closed`, instance })
          }
          if (hasOpenEscalation(order, ctx)) {
            const detail = `Work order ${order.id} is already under an open supervision`
            return problem('state-conflict', { detail, instance })
          }
          try {
            const record = sim.openEscalation(order.id, {
              by: access.auth.user.name,
              byId: access.auth.user.id,
              note: body.data.note ?? '',
              reason: body.data.reason,
              dueDate: body.data.dueDate ?? null,
              level: body.data.level ?? 'general',
            })
            const json = escalationJson(escalationOf(order, record, sim.kpiContext()))
            return buildResponse(context, {
              status: 201,
              headers: [
                ['Content-Type', 'application/json'],
                ['Location', `${apiBasePath}/escalations/${record.id}`],
              ],
              body: JSON.stringify(json),
            })
          } catch (error) {
            return simulatorProblem(error, instance)
          }
        },
        { required: true },
      ),
    ),

    // The Idempotency-Key is optional here (the contract's IdempotencyKeyOptional).
    http.patch(
      apiPath('/escalations/:id'),
      idempotent(context, async ({ request, cookies, params }) => {
        const access = requirePermission(context, request, cookies, 'readWorkOrders')
        if (!access.ok) return access.response
        const instance = instanceOf(request)
        const query = parseQuery(request.url, {})
        if (!query.ok) return invalidParameters(query.errors, instance)
        const sim = simulator()
        const found = supervisionOfPath(sim, params.id, instance)
        if (!found.ok) return found.response
        const { order, supervisionId } = found
        const ownUnit = ownUnitOf(access.auth)
        if (ownUnit !== null && order.unit !== ownUnit) {
          const detail = "Only the supervised unit's staff and directors may update this supervision"
          return forbidden(request, access.auth, 'readAllUnits', detail)
        }
        const body = await readJsonBody(request, patchSchema, instance, '{"status", "dueDate", "note"}')
        if (!body.ok) return body.response
        const { status, dueDate, note } = body.data
        if (status === undefined && dueDate === undefined && note === undefined) {
          const message = 'must hold at least one of status, dueDate, note'
          return invalidParameters([{ in: 'body', parameter: '/', code: 'required', message }], instance)
        }
        if (
          (status !== undefined || dueDate !== undefined) &&
          !access.auth.user.permissions.includes('supervise')
        ) {
          const detail =
            'Only a director may change the report-by day or close a supervision; staff may add a note'
          return forbidden(request, access.auth, 'supervise', detail)
        }
        const past = pastDueDate(sim, dueDate, instance)
        if (past) return past
        try {
          sim.updateSupervision(order.id, supervisionId, {
            by: access.auth.user.name,
            ...(dueDate === undefined ? {} : { dueDate }),
            ...(note === undefined ? {} : { note }),
            close: status === 'closed',
          })
        } catch (error) {
          return simulatorProblem(error, instance)
        }
        const ctx = sim.kpiContext()
        const record = supervisionRecordsOf(order, ctx).find((r) => r.id === supervisionId)
        if (!record) return problem('not-found', { detail: `No supervision ${supervisionId}`, instance })
        return jsonResponse(context, escalationJson(escalationOf(order, record, ctx)))
      }),
    ),
  ]
}

/** The supervision a path names: 400 malformed, 404 unknown. */
function supervisionOfPath(
  simulator: Simulator,
  id: unknown,
  instance: string,
): { ok: true; order: WorkOrder; supervisionId: string } | { ok: false; response: Response } {
  if (typeof id !== 'string' || !workOrderIdPattern.test(id)) {
    const message = 'must be a supervision id (letters, digits, - and _; at most 64)'
    return {
      ok: false,
      response: invalidParameters([{ in: 'path', parameter: 'id', code: 'format', message }], instance),
    }
  }
  const notFound = {
    ok: false as const,
    response: problem('not-found', { detail: `No supervision ${id}`, instance }),
  }
  const orderId = orderIdOfSupervision(id)
  const order = orderId === null ? null : simulator.findOrder(orderId)
  if (!order) return notFound
  const known = supervisionRecordsOf(order, simulator.kpiContext()).some((r) => r.id === id)
  return known ? { ok: true, order, supervisionId: id } : notFound
}
