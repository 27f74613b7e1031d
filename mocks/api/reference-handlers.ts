import { http, type RequestHandler } from 'msw'
import { toChinaIso } from '../sim/china-time'
import { UNIT_CODES, UNITS } from '../sim/domain-codes'
import { HOSTILE_TEXTS, hostilePick, textSeedOf } from '../sim/hostile-text'
import { DUTY_POST, PUBLIC_DUTY_LINES, dutyRoster, type DutyDay, type DutyShift } from '../sim/duty-roster'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { chinaDayParam, parseQuery, periodRule } from './params'
import { instanceOf, invalidParameters, problem } from './problem'
import { authenticate } from './session'

/**
 * The hostile texts the units' names start with, chosen so that the few hostile units show each
 * kind: markup, emoji, right-to-left, zero-width, a formula, and both very long strings.
 */
const HOSTILE_UNIT_PREFIXES = [0, 1, 10, 6, 16, 23, 9, 22].map((i) => HOSTILE_TEXTS[i] ?? '')

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
      // city every third name starts with hostile text too: names reach rankings, lists, alert
      // titles, exports and the wall.
      const hostile = context.state.scenario === 'hostile-text'
      return jsonResponse(context, {
        items: UNIT_CODES.map((code, index) => ({
          code,
          name:
            hostile && index % 3 === 0
              ? `${HOSTILE_UNIT_PREFIXES[(index / 3) % HOSTILE_UNIT_PREFIXES.length] ?? ''}${UNITS[code].zh}`
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
      const hostile = context.state.scenario === 'hostile-text'
      const roster = dutyRoster(simulator.seed, from, to)
      return jsonResponse(context, {
        asOf: toChinaIso(simulator.now()),
        period: { from, to },
        // The post and its lines head the wall: hostile there, a very long one to test its layout.
        dutyPost: hostile ? `${HOSTILE_TEXTS[23] ?? ''}${DUTY_POST}` : DUTY_POST,
        publicLines: hostile ? [...PUBLIC_DUTY_LINES, HOSTILE_TEXTS[1] ?? ''] : [...PUBLIC_DUTY_LINES],
        days: withheldNames(
          hostile ? hostileNames(roster) : roster,
          access.auth.user.role === 'wall' && !context.state.wallDutyNames,
        ),
      })
    }),
  ]
}

type ServedShift = Omit<DutyShift, 'name'> & { name: string | null }
type ServedDay = Omit<DutyDay, 'shifts'> & { shifts: readonly ServedShift[] }

/** The `hostile-text` city's roster: every name a hostile text, picked by day and shift. */
function hostileNames(days: readonly DutyDay[]): readonly DutyDay[] {
  return days.map((day) => ({
    ...day,
    shifts: day.shifts.map((shift, index) => ({ ...shift, name: hostilePick(textSeedOf(day.date), index) })),
  }))
}

/** The roster with every name withheld (`null`) when `withhold`: the wall is in a public room. */
function withheldNames(days: readonly DutyDay[], withhold: boolean): readonly ServedDay[] {
  if (!withhold) return days
  return days.map((day) => ({ ...day, shifts: day.shifts.map((shift) => ({ ...shift, name: null })) }))
}
