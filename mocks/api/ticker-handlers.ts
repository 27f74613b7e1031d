import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { addDays, chinaDayOf, toChinaIso } from '../sim/china-time'
import type { Simulator } from '../sim/simulator'
import type { StageCode } from '../sim/work-order'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { orderStateOf } from './work-order-serializer'
import { integerParam, parseQuery } from './params'
import { instanceOf, invalidParameters } from './problem'

export const MAX_TICKER_ITEMS = 50
/** The ticker shows what arrived lately; older items are not news. */
export const TICKER_LOOKBACK_DAYS = 7

/** A district is named beside a category only when at least this many such items came in lately. */
export const TICKER_MIN_CELL = 3

interface TickerItem {
  receivedAt: string
  kind: string
  channel: string
  category: string
  district: string | null
  stage: StageCode
}

/**
 * The latest items received, newest first: codes, the receipt time and the stage reached. No id,
 * no name, no phone, no business and no free text, so nothing on the public wall identifies
 * anyone; and the district is left out (`null`) when fewer than 3 items of that category came
 * from it in the look-back days, so a rare case in a small place cannot be singled out.
 */
export function tickerItems(simulator: Simulator, limit: number): TickerItem[] {
  const today = chinaDayOf(simulator.now())
  const ctx = simulator.kpiContext()
  const days = Array.from({ length: TICKER_LOOKBACK_DAYS }, (_, back) =>
    simulator.ordersReceivedOn(addDays(today, -back)),
  )
  const cells = new Map<string, number>()
  const cellOf = (category: string, district: string) => `${category}|${district}`
  for (const orders of days)
    for (const order of orders) {
      const cell = cellOf(order.category, order.district)
      cells.set(cell, (cells.get(cell) ?? 0) + 1)
    }
  const items: TickerItem[] = []
  for (const orders of days) {
    for (let i = orders.length - 1; i >= 0 && items.length < limit; i--) {
      const order = orders[i]
      if (!order) continue
      const { receivedAt, kind, channel, category, district } = order
      const named = (cells.get(cellOf(category, district)) ?? 0) >= TICKER_MIN_CELL
      items.push({
        receivedAt: toChinaIso(receivedAt),
        kind,
        channel,
        category,
        district: named ? district : null,
        stage: orderStateOf(order, ctx).stage,
      })
    }
    if (items.length >= limit) break
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
