import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { toChinaIso } from '../sim/china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES } from '../sim/domain-codes'
import { computeHotspots, hotspotJson } from '../sim/hotspots'
import { requireAggregates } from './aggregate-access'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { WALL_MIN_ITEMS } from './kpi-handlers'
import { chinaDayParam, enumParam, parseQuery, periodRule } from './params'
import { instanceOf, invalidParameters } from './problem'

/**
 * The longest period: its baseline reaches back 8 periods of equal length (or the same holiday
 * in 3 earlier years), so a quarter already spans two years of work orders.
 */
export const MAX_HOTSPOT_PERIOD_DAYS = 92

const hotspotShape = {
  from: chinaDayParam,
  to: chinaDayParam,
  district: z.optional(enumParam(DISTRICT_CODES)),
  channel: z.optional(enumParam(CHANNEL_CODES)),
  kind: z.optional(enumParam(KIND_CODES)),
  category: z.optional(enumParam(CATEGORY_CODES)),
}

export function hotspotHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/hotspots'), ({ request, cookies }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const query = parseQuery(request.url, hotspotShape, periodRule(MAX_HOTSPOT_PERIOD_DAYS))
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const { from, to, district, channel, kind, category } = query.value
      const simulator = context.state.simulator
      const forWall = access.auth.user.role === 'wall'
      const items = computeHotspots(
        simulator,
        { from, to, district, channel, kind, category },
        // The wall sees no pair built from fewer than 3 items and no public free text.
        { minItems: forWall ? WALL_MIN_ITEMS : 1, withKeywords: !forWall },
      )
      return jsonResponse(context, {
        asOf: toChinaIso(simulator.now()),
        period: { from, to },
        items: items.map(hotspotJson),
      })
    }),
  ]
}
