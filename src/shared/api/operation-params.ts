import type { operations } from './schema.gen'

/** The query parameters of an operation, as openapi-typescript generated them from the spec. */
export type QueryParams<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>

/** The path parameters of an operation. */
export type PathParams<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['path']
>

/** A cursor list's query without its cursor: the query options page through it themselves. */
export type ListParams<Operation extends keyof operations> = Omit<QueryParams<Operation>, 'cursor'>

/**
 * Where the next page of a cursor list starts: its `nextCursor`, or `undefined` on the last page,
 * which is how TanStack Query's infinite queries learn that there is no next page.
 */
export function nextPageParam(page: { nextCursor: string | null }): string | undefined {
  return page.nextCursor ?? undefined
}
