import { describe, expect, it } from 'vitest'
import { scrollRestorationKey } from './scroll-restoration-key'

describe('the scroll restoration key', () => {
  it("is the history entry's key, or the path: never the query, which may hold a searched keyword", () => {
    expect(
      scrollRestorationKey({ state: { __TSR_key: 'k7x2', __TSR_index: 0 }, pathname: '/work-orders' }),
    ).toBe('k7x2')
    expect(scrollRestorationKey({ state: { __TSR_index: 0 }, pathname: '/work-orders' })).toBe('/work-orders')
  })
})
