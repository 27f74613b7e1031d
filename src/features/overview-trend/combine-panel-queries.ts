import type { PanelQuery } from '@/shared/ui/panel/panel-frame'

/**
 * Several queries as the one state a panel frame shows. The panel draws them together, so:
 * - an error in any of them is the panel's error (it keeps the last data, marked stale);
 * - otherwise it is pending while any has no data yet;
 * - the data is as old as its oldest part (`dataUpdatedAt` is the minimum);
 * - Retry fetches them all again.
 * `data` is passed in, already combined (and memoised) by the caller.
 */
export function combinePanelQueries<TData>(
  queries: readonly PanelQuery<unknown>[],
  data: TData | undefined,
): PanelQuery<TData> {
  const failed = queries.filter((query) => query.status === 'error')
  const status =
    failed.length > 0 ? 'error' : queries.some((query) => query.status === 'pending') ? 'pending' : 'success'
  const hasAllData = queries.every((query) => query.dataUpdatedAt > 0)
  const errorTimes = failed.map((query) => query.errorUpdatedAt ?? 0)
  return {
    data,
    error: failed[0]?.error ?? null,
    status,
    isFetching: queries.some((query) => query.isFetching),
    dataUpdatedAt: hasAllData ? Math.min(...queries.map((query) => query.dataUpdatedAt)) : 0,
    ...(errorTimes.length > 0 ? { errorUpdatedAt: Math.max(...errorTimes) } : {}),
    refetch: () => Promise.all(queries.map((query) => query.refetch())),
  }
}
