import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { toChinaIso } from '../sim/china-time'
import { DISTRICT_CODES, UNIT_CODES } from '../sim/domain-codes'
import type { WorkOrder } from '../sim/work-order'
import { cursorScope } from './action-access'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { cursorParam, enumParam, limitParam, parseQuery } from './params'
import { paginate } from './pagination'
import { requirePermission } from './permission'
import { instanceOf, invalidParameters } from './problem'
import { rankSuggestions } from './supervision-suggestions'
import { matchingOrders } from './work-order-handlers'
import { orderStateOf, summaryJson, type OrderState } from './work-order-serializer'

/** `GET /supervision-suggestions` (public/openapi.yaml): what a director may want to supervise. */

const suggestionShape = {
  district: z.optional(enumParam(DISTRICT_CODES)),
  unit: z.optional(enumParam(UNIT_CODES)),
  limit: z.optional(limitParam),
  cursor: z.optional(cursorParam),
}

export function suggestionHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/supervision-suggestions'), ({ request, cookies }) => {
      // Only who may supervise is offered suggestions: the list is for that decision.
      const access = requirePermission(context, request, cookies, 'supervise')
      if (!access.ok) return access.response
      const parsed = parseQuery(request.url, suggestionShape)
      if (!parsed.ok) return invalidParameters(parsed.errors, instanceOf(request))
      const query = parsed.value
      const sim = context.state.simulator
      const ctx = sim.kpiContext()
      const states = new Map<WorkOrder, OrderState>()
      const filters = { district: query.district, unit: query.unit }
      const late = [
        ...matchingOrders(sim, { ...filters, status: 'overdue' }, null, ctx, states).orders,
        ...matchingOrders(sim, { ...filters, status: 'atRisk' }, null, ctx, states).orders,
      ]
      const stateOf = (order: WorkOrder): OrderState => {
        let state = states.get(order)
        if (state === undefined) {
          state = orderStateOf(order, ctx)
          states.set(order, state)
        }
        return state
      }
      const ranked = rankSuggestions(late, stateOf, ctx)
      const page = paginate(ranked, {
        limit: query.limit ?? 50,
        cursor: query.cursor,
        scope: cursorScope(query, null),
      })
      if (!page.ok) {
        return invalidParameters(
          [{ in: 'query', parameter: 'cursor', code: 'format', message: page.message }],
          instanceOf(request),
        )
      }
      return jsonResponse(context, {
        asOf: toChinaIso(ctx.now),
        items: page.page.items.map(({ order, state, overdueWorkingDays }) => ({
          workOrder: summaryJson(order, ctx, state),
          overdueWorkingDays,
        })),
        nextCursor: page.page.nextCursor,
        total: page.page.total,
      })
    }),
  ]
}
