import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import { apiFetch } from '@/shared/api/api-fetch'
import { workOrderPageSchema } from '@/shared/api/validators.gen'
import type { WorkOrderSummary } from './work-order-csv'

/** The API's largest page (the spec's `Limit`): fewer round trips for a 50,000-row export. */
export const exportPageSize = 500

export interface ExportPage {
  /** The instant the whole list describes: every cursor keeps the first page's. */
  asOf: string
  /** Every match, from the first page. */
  total: number
  items: readonly WorkOrderSummary[]
  /** Items received so far, this page included. */
  loaded: number
}

export interface FetchAllOptions {
  /** Stops at once: the request in flight is cancelled and no further page is asked for. */
  signal: AbortSignal
  /** Each page as it arrives, so a caller can turn it into rows and let the objects go. */
  onPage: (page: ExportPage) => void
}

/**
 * Every page of `GET /work-orders` for `params`, in order, until `nextCursor` is null. The
 * caller's own page size is replaced by the largest; its sort is kept (the file follows the view).
 * Throws the `ApiError` of a failed page, or an `aborted` one once `signal` aborts.
 */
export async function fetchAllWorkOrders(
  params: WorkOrderListParams,
  { signal, onPage }: FetchAllOptions,
): Promise<void> {
  let cursor: string | undefined
  let loaded = 0
  let first: { asOf: string; total: number } | undefined
  do {
    // No request at all once cancelled, even if the page before it was the last to arrive.
    signal.throwIfAborted()
    const page = await apiFetch('/work-orders', {
      query: { ...params, limit: exportPageSize, cursor },
      schema: workOrderPageSchema,
      signal,
    })
    first ??= { asOf: page.asOf, total: page.total }
    loaded += page.items.length
    onPage({ ...first, items: page.items, loaded })
    const next = page.nextCursor ?? undefined
    // A server handing back the same cursor would keep a download running for ever.
    if (next !== undefined && next === cursor) throw new Error(`The list repeats its cursor ${next}`)
    cursor = next
  } while (cursor !== undefined)
}
