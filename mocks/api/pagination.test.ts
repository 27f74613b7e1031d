// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, paginate } from './pagination'

const items = Array.from({ length: 1234 }, (_, index) => index)

describe('paginate', () => {
  it('walks the whole list page by page, with the total on every page', () => {
    const seen: number[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const result = paginate(items, { limit: 500, cursor, scope: 'all' })
      if (!result.ok) throw new Error(result.message)
      expect(result.page.total).toBe(1234)
      seen.push(...result.page.items)
      cursor = result.page.nextCursor ?? undefined
      pages += 1
    } while (cursor !== undefined)
    expect(pages).toBe(3)
    expect(seen).toEqual(items)
  })

  it('gives an empty last page no cursor, and an empty list a total of 0', () => {
    expect(paginate([], { limit: 10, scope: 's' })).toEqual({
      ok: true,
      page: { items: [], total: 0, nextCursor: null },
    })
  })

  it('refuses a cursor from another query, or past the end', () => {
    const other = encodeCursor({ v: 1, offset: 10, scope: 'status=open' })
    expect(paginate(items, { limit: 10, cursor: other, scope: 'status=closed' }).ok).toBe(false)
    const past = encodeCursor({ v: 1, offset: 5000, scope: 's' })
    expect(paginate(items, { limit: 10, cursor: past, scope: 's' }).ok).toBe(false)
  })

  it('round-trips any position, and refuses any string it did not issue (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (offset, scope) => {
        expect(decodeCursor(encodeCursor({ v: 1, offset, scope }))).toEqual({ v: 1, offset, scope })
      }),
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        const position = decodeCursor(text)
        // Whatever decodes must be a well-formed position (only our own encoding can give one).
        if (position !== undefined) expect(encodeCursor(position)).toBe(text)
      }),
    )
  })
})
