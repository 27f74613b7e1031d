/**
 * A query's `select` for panels that do not show when the server computed its answer. Every
 * poll brings a new `asOf`, so the answer is a new object even when every figure is the same;
 * without it, TanStack Query's structural sharing hands the panel the very object it already
 * drew, and a memoized panel skips its render (a wall display polls for days). The page's "data
 * as of" reads `asOf` from the same query without this select.
 */
export function withoutAsOf<TData extends { asOf: string }>(data: TData): Omit<TData, 'asOf'> {
  const { asOf: _asOf, ...figures } = data
  return figures
}
