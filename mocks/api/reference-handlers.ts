import { http, type RequestHandler } from 'msw'
import { toChinaIso } from '../sim/china-time'
import { UNIT_CODES, UNITS } from '../sim/domain-codes'
import { DUTY_POST, PUBLIC_DUTY_LINES, dutyRoster } from '../sim/duty-roster'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { chinaDayParam, parseQuery, periodRule } from './params'
import { instanceOf, invalidParameters, problem } from './problem'
import { authenticate } from './session'

/** The contract's limit on one roster request. */
export const MAX_ROSTER_DAYS = 62

export function referenceHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/units'), ({ request, cookies }) => {
      const instance = instanceOf(request)
      if (!authenticate(context, cookies))
        return problem('unauthenticated', { detail: 'Not signed in', instance })
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instance)
      // Names are data (the units' official Chinese names), not translated.
      return jsonResponse(context, {
        items: UNIT_CODES.map((code) => ({ code, name: UNITS[code].zh, district: UNITS[code].district })),
      })
    }),

    http.get(apiPath('/duty-roster'), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readDutyRoster')
      if (!access.ok) return access.response
      const query = parseQuery(
        request.url,
        { from: chinaDayParam, to: chinaDayParam },
        periodRule(MAX_ROSTER_DAYS),
      )
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const { from, to } = query.value
      const simulator = context.state.simulator
      return jsonResponse(context, {
        asOf: toChinaIso(simulator.now()),
        period: { from, to },
        dutyPost: DUTY_POST,
        publicLines: [...PUBLIC_DUTY_LINES],
        days: dutyRoster(simulator.seed, from, to),
      })
    }),
  ]
}
