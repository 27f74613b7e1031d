import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { addDays, chinaDayOf, toChinaIso } from '../sim/china-time'
import type { Simulator } from '../sim/simulator'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { integerParam, parseQuery } from './params'
import { instanceOf, invalidParameters } from './problem'

export const MAX_TICKER_ITEMS = 50
/** The ticker shows what arrived lately; older items are not news. */
export const TICKER_LOOKBACK_DAYS = 7

/**
 * The latest items received, newest first: codes and the receipt time only. No id, no name, no
 * phone, no business and no free text, so nothing on the public wall identifies anyone.
 */
export function tickerItems(simulator: Simulator, limit: number) {
  const today = chinaDayOf(simulator.now())
  const items: { receivedAt: string; kind: string; channel: string; category: string; district: string }[] =
    []
  for (let back = 0; back < TICKER_LOOKBACK_DAYS && items.length < limit; back++) {
    const orders = simulator.ordersReceivedOn(addDays(today, -back))
    for (let i = orders.length - 1; i >= 0 && items.length < limit; i--) {
      const order = orders[i]
      if (!order) continue
      const { receivedAt, kind, channel, category, district } = order
      items.push({ receivedAt: toChinaIso(receivedAt), kind, channel, category, district })
    }
  }
  return items
}

export function tickerHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/ticker'), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readTicker')
      if (!access.ok) return access.response
      const query = parseQuery(request.url, { limit: z.optional(integerParam(1, MAX_TICKER_ITEMS)) })
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const simulator = context.state.simulator
      return jsonResponse(context, {
        asOf: toChinaIso(simulator.now()),
        items: tickerItems(simulator, query.value.limit ?? 20),
      })
    }),
  ]
}
