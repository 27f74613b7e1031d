import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import { apiFetch } from '@/shared/api/api-fetch'
import { workOrderPageSchema } from '@/shared/api/validators.gen'
import { deadlineDay, type WaveItem } from './deadline-wave'

/** The API's largest page: open items in deadline order come in a few requests. */
const pageSize = 500
/** Enough for any city's next week; a list longer than this is counted as far as it went. */
const maxPages = 20

export interface WaveItems {
  asOf: string
  items: WaveItem[]
  /** The list went on past `maxPages` before reaching the wave's last day. */
  truncated: boolean
}

/**
 * Open items within `scope` in deadline order (`GET /work-orders?status=open&sort=dueAt`), page
 * after page until a deadline ends after `lastDay` (a China day): the ones the wave counts, and
 * the overdue ones before them, which it leaves out.
 */
export async function fetchWaveItems(
  scope: WorkOrderListParams,
  lastDay: string,
  signal: AbortSignal,
): Promise<WaveItems> {
  const items: WaveItem[] = []
  let cursor: string | undefined
  let asOf = ''
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await apiFetch('/work-orders', {
      query: { ...scope, status: 'open', sort: 'dueAt', limit: pageSize, cursor },
      schema: workOrderPageSchema,
      signal,
    })
    asOf ||= answer.asOf
    for (const item of answer.items) items.push({ unit: item.unit, dueAt: item.dueAt, closed: item.closed })
    // Items without a current deadline sort by one the row does not show: they tell nothing.
    const last = answer.items.findLast((item) => item.dueAt !== null)?.dueAt
    cursor = answer.nextCursor ?? undefined
    if (cursor === undefined || (last != null && deadlineDay(last) > lastDay)) {
      return { asOf, items, truncated: false }
    }
  }
  return { asOf, items, truncated: true }
}
