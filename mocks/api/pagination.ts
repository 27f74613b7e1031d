import { z } from 'zod/mini'

/**
 * Cursor pagination. A cursor is opaque to clients (base64url of a JSON position) so that the
 * server may change how it pages without breaking them; it is still validated on the way in,
 * because a client can send anything: a cursor that does not decode, or that was issued for
 * other filters, is a 400, never a silently restarted list.
 */
const cursorPositionSchema = z.object({
  /** Format version, so old cursors can be told apart after a change. */
  v: z.literal(1),
  /** How many items come before the next page. */
  offset: z.int().check(z.minimum(0)),
  /** Which query (filters and sort) the cursor belongs to. */
  scope: z.string(),
})
export type CursorPosition = z.infer<typeof cursorPositionSchema>

export const maxPageLimit = 500

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/')
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(JSON.stringify(position))
}

/** The position a cursor names, or `undefined` when it is not a cursor this API issued. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (cursor.length === 0 || cursor.length > 512) return undefined
  const text = fromBase64Url(cursor)
  if (text === undefined) return undefined
  try {
    const parsed = cursorPositionSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export interface Page<T> {
  items: T[]
  total: number
  /** `null` on the last page. */
  nextCursor: string | null
}

export type PageResult<T> = { ok: true; page: Page<T> } | { ok: false; message: string }

/**
 * One page of `items`. `scope` identifies the query (e.g. its normalized filters and sort):
 * a cursor from another query is refused, since its offset would mean something else there.
 */
export function paginate<T>(
  items: readonly T[],
  options: { limit: number; cursor?: string | undefined; scope: string },
): PageResult<T> {
  return paginateLazily(items.length, (offset, end) => items.slice(offset, end), options)
}

/**
 * As `paginate`, for a list of `total` items of which only the page is built: `pageOf(offset,
 * end)` gives items [offset, end) (a long list need not be sorted as a whole for one page).
 */
export function paginateLazily<T>(
  total: number,
  pageOf: (offset: number, end: number) => T[],
  { limit, cursor, scope }: { limit: number; cursor?: string | undefined; scope: string },
): PageResult<T> {
  let offset = 0
  if (cursor !== undefined) {
    const position = decodeCursor(cursor)
    if (position === undefined) return { ok: false, message: 'is not a cursor this API issued' }
    if (position.scope !== scope)
      return { ok: false, message: 'belongs to a query with other filters or sort' }
    if (position.offset > total) return { ok: false, message: 'points past the end of the list' }
    offset = position.offset
  }
  const end = Math.min(total, offset + limit)
  return {
    ok: true,
    page: {
      items: pageOf(offset, end),
      total,
      nextCursor: end < total ? encodeCursor({ v: 1, offset: end, scope }) : null,
    },
  }
}
