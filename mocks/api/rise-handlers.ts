import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import { addDays, toChinaIso } from '../sim/china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES } from '../sim/domain-codes'
import { eventsBetween } from '../sim/events'
import { BASELINE_PERIODS, HOLIDAY_BASELINE_YEARS, MIN_SURGE_RISE, SURGE_SIGMAS } from '../sim/hotspots'
import {
  computeRises,
  RISE_DEFAULT_WEEKS,
  RISE_DIMENSIONS,
  RISE_MAX_WEEKS,
  RISE_ROW_CAP,
  type RiseDimension,
} from '../sim/rises'
import { todayOf } from '../sim/simulator'
import { requireAggregates } from './aggregate-access'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { chinaDayParam, enumParam, integerParam, parseQuery, periodRule } from './params'
import { instanceOf, invalidParameters, problem, type ParameterError } from './problem'
import { clip, maxBusinessNameLength } from './work-order-serializer'

/** The longest `GET /events` period (as every other `from`/`to`). */
export const MAX_EVENT_PERIOD_DAYS = 1096

const riseShape = {
  to: z.optional(chinaDayParam),
  weeks: z.optional(integerParam(1, RISE_MAX_WEEKS)),
  district: z.optional(enumParam(DISTRICT_CODES)),
  channel: z.optional(enumParam(CHANNEL_CODES)),
  kind: z.optional(enumParam(KIND_CODES)),
  category: z.optional(enumParam(CATEGORY_CODES)),
}

const eventShape = { from: chinaDayParam, to: chinaDayParam }

const isDimension = (value: unknown): value is RiseDimension =>
  typeof value === 'string' && (RISE_DIMENSIONS as readonly string[]).includes(value)

export function riseHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/rises/:dimension'), ({ request, cookies, params }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      // Rows name businesses (free text from the public) and lead to the work orders.
      if (!access.auth.user.permissions.includes('readWorkOrders')) {
        return problem('forbidden', {
          detail: 'This role may not read rises',
          instance,
          requiredPermission: 'readWorkOrders',
        })
      }
      const simulator = context.state.simulator
      const latest = addDays(todayOf(simulator), -1)
      const errors: ParameterError[] = []
      const { dimension } = params
      if (!isDimension(dimension)) {
        errors.push({
          in: 'path',
          parameter: 'dimension',
          code: 'enum',
          message: `must be one of: ${RISE_DIMENSIONS.join(', ')}`,
        })
      }
      const query = parseQuery(request.url, riseShape, ({ to }) =>
        to !== undefined && to > latest
          ? [
              {
                in: 'query',
                parameter: 'to',
                code: 'range',
                message: `must not be after ${latest}, the latest complete day`,
              },
            ]
          : [],
      )
      if (!query.ok) errors.push(...query.errors)
      if (errors.length > 0 || !query.ok || !isDimension(dimension))
        return invalidParameters(errors, instance)
      const { to = latest, weeks = RISE_DEFAULT_WEEKS, district, channel, kind, category } = query.value
      const rises = computeRises(simulator, {
        dimension,
        to,
        weeks,
        filters: { district, channel, kind, category },
      })
      return jsonResponse(context, {
        asOf: toChinaIso(simulator.now()),
        dimension,
        method: {
          weeks,
          baselineWeeks: BASELINE_PERIODS,
          holidayYears: HOLIDAY_BASELINE_YEARS,
          sigma: SURGE_SIGMAS,
          minCount: rises.minCount,
          minRise: MIN_SURGE_RISE,
          rowCap: RISE_ROW_CAP[dimension],
        },
        weeks: rises.weeks,
        totalRows: rises.totalRows,
        rows: rises.rows.map((row) => ({
          key: dimension === 'business' ? maskPersonalNumbers(clip(row.key, maxBusinessNameLength)) : row.key,
          cells: row.cells,
        })),
      })
    }),
    http.get(apiPath('/events'), ({ request, cookies }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const query = parseQuery(request.url, eventShape, periodRule(MAX_EVENT_PERIOD_DAYS))
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const { from, to } = query.value
      return jsonResponse(context, { period: { from, to }, items: eventsBetween(from, to) })
    }),
  ]
}
