import { http, type RequestHandler } from 'msw'
import { calendarYear } from '../sim/calendar'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requireAggregates } from './aggregate-access'
import { parseQuery } from './params'
import { instanceOf, invalidParameters, problem } from './problem'

/** The years the contract serves (public/openapi.yaml, `GET /calendar/{year}`); others are 404. */
export const CALENDAR_YEARS = { min: 2004, max: 2100 } as const

export function calendarHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/calendar/:year'), ({ request, cookies, params }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const raw = params.year
      const query = parseQuery(request.url, {})
      // Not a whole number at all is a malformed parameter; a number outside the years is no resource.
      const pathErrors =
        typeof raw === 'string' && /^(0|[1-9][0-9]{0,8})$/.test(raw)
          ? []
          : [
              {
                in: 'path' as const,
                parameter: 'year',
                code: 'format' as const,
                message: 'must be a year, e.g. 2026',
              },
            ]
      if (pathErrors.length > 0 || !query.ok)
        return invalidParameters([...pathErrors, ...(query.ok ? [] : query.errors)], instance)
      const year = Number(raw)
      if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
        return problem('not-found', {
          detail: `No calendar for ${year}: years ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max} are served`,
          instance,
        })
      }
      return jsonResponse(context, calendarYear(year))
    }),
  ]
}
