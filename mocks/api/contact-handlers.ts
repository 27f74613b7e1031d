import { http, type RequestHandler } from 'msw'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { idempotent } from './idempotency'
import { orderOfPath } from './order-of-path'
import { parseQuery } from './params'
import { requirePermission } from './permission'
import { instanceOf, invalidParameters } from './problem'

/**
 * `POST /work-orders/{id}/contact`: the complainant's contact, unmasked, for a handler who must
 * call them. An audited act: every reveal is recorded (who, when, which order) before it is
 * answered, and a repeat with the same Idempotency-Key replays the answer without a second entry.
 */
export function contactHandlers(context: ApiContext): RequestHandler[] {
  return [
    // The CSRF guard has already checked the session and the token.
    http.post(
      apiPath('/work-orders/:id/contact'),
      idempotent(
        context,
        ({ request, cookies, params }) => {
          const access = requirePermission(context, request, cookies, 'revealContact')
          if (!access.ok) return access.response
          const query = parseQuery(request.url, {})
          if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
          const simulator = context.state.simulator
          const found = orderOfPath(simulator, request, params.id, access.auth)
          if (!found.ok) return found.response
          const { contact } = simulator.view(found.order, { revealContact: true })
          context.state.contactAccess.push({
            workOrderId: found.order.id,
            by: access.auth.user.id,
            at: simulator.now(),
          })
          return jsonResponse(context, { masked: false, name: contact.name, phone: contact.phone })
        },
        { required: true },
      ),
    ),
  ]
}
