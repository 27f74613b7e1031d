import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import { apiFetch } from '@/shared/api/api-fetch'
import { workOrderPageSchema } from '@/shared/api/validators.gen'
import type { WaveItem } from './deadline-wave'

/** The API's largest page: a week's deadlines come in a few requests. */
const pageSize = 500
/** Enough for any city's next week; a list longer than this is counted as far as it went. */
const maxPages = 20

export interface WaveItems {
  asOf: string
  items: WaveItem[]
  /** The list went on past `maxPages`: only the earliest deadlines were counted. */
  truncated: boolean
}

/**
 * Open items within `scope` whose current deadline ends from `firstDay` to `lastDay` (China
 * days), in deadline order (`GET /work-orders?status=open&dueFrom=…&dueTo=…&sort=dueAt`): the
 * wave's items and no others, page after page.
 */
export async function fetchWaveItems(
  scope: WorkOrderListParams,
  firstDay: string,
  lastDay: string,
  signal: AbortSignal,
): Promise<WaveItems> {
  const items: WaveItem[] = []
  let cursor: string | undefined
  let asOf = ''
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await apiFetch('/work-orders', {
      query: {
        ...scope,
        status: 'open',
        dueFrom: firstDay,
        dueTo: lastDay,
        sort: 'dueAt',
        limit: pageSize,
        cursor,
      },
      schema: workOrderPageSchema,
      signal,
    })
    asOf ||= answer.asOf
    for (const item of answer.items) items.push({ unit: item.unit, dueAt: item.dueAt, closed: item.closed })
    cursor = answer.nextCursor ?? undefined
    if (cursor === undefined) return { asOf, items, truncated: false }
  }
  return { asOf, items, truncated: true }
}
