import type { PanelQuery } from './panel-frame'

/** The part of a TanStack Query result that a panel reads (a `UseQueryResult` fits). */
export type QueryState<TData> = PanelQuery<TData>

// A query result types `data` as possibly undefined; combined data exists only once all is there.
type DataOf<Q extends QueryState<unknown>> = Exclude<Q['data'], undefined>

/**
 * Several named queries as one panel's query, for a panel that draws them together (figures, a
 * target and names; or several series): data once every query has some (kept on a failed
 * refresh, so the frame shows it stale), an error as soon as one fails (even while another is
 * pending), as old as the oldest part. Retry refetches the queries that failed, or all of them.
 */
export function combineQueries<Q extends Record<string, QueryState<unknown>>>(
  queries: Q,
): PanelQuery<{ [K in keyof Q]: DataOf<Q[K]> }> {
  const all = Object.values(queries)
  const failed = all.filter((query) => query.status === 'error')
  const complete = all.every((query) => query.data !== undefined)
  const errorTimes = failed.map((query) => query.errorUpdatedAt ?? 0)
  const data = Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, query.data]))
  return {
    data: complete ? (data as { [K in keyof Q]: DataOf<Q[K]> }) : undefined,
    error: failed[0]?.error ?? null,
    status:
      failed.length > 0 ? 'error' : all.some((query) => query.status === 'pending') ? 'pending' : 'success',
    isFetching: all.some((query) => query.isFetching),
    dataUpdatedAt: complete ? Math.min(...all.map((query) => query.dataUpdatedAt)) : 0,
    ...(errorTimes.length > 0 ? { errorUpdatedAt: Math.max(...errorTimes) } : {}),
    refetch: () => Promise.all((failed.length > 0 ? failed : all).map((query) => query.refetch())),
  }
}
