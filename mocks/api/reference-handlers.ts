import { http, type RequestHandler } from 'msw'
import { toChinaIso } from '../sim/china-time'
import { UNIT_CODES, UNITS } from '../sim/domain-codes'
import { HOSTILE_TEXTS } from '../sim/order-text'
import { DUTY_POST, PUBLIC_DUTY_LINES, dutyRoster, type DutyDay, type DutyShift } from '../sim/duty-roster'
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
      // Names are data (the units' official Chinese names), not translated. In the `hostile-text`
      // city every third name carries hostile text too: names reach rankings, lists and the wall.
      const hostile = context.state.scenario === 'hostile-text'
      return jsonResponse(context, {
        items: UNIT_CODES.map((code, index) => ({
          code,
          name:
            hostile && index % 3 === 0
              ? `${HOSTILE_TEXTS[(index / 3) % HOSTILE_TEXTS.length] ?? ''}${UNITS[code].zh}`
              : UNITS[code].zh,
          district: UNITS[code].district,
        })),
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
        days: withheldNames(
          dutyRoster(simulator.seed, from, to),
          access.auth.user.role === 'wall' && !context.state.wallDutyNames,
        ),
      })
    }),
  ]
}

type ServedShift = Omit<DutyShift, 'name'> & { name: string | null }
type ServedDay = Omit<DutyDay, 'shifts'> & { shifts: readonly ServedShift[] }

/** The roster with every name withheld (`null`) when `withhold`: the wall is in a public room. */
function withheldNames(days: readonly DutyDay[], withhold: boolean): readonly ServedDay[] {
  if (!withhold) return days
  return days.map((day) => ({ ...day, shifts: day.shifts.map((shift) => ({ ...shift, name: null })) }))
}
