// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { staleness } from './freshness-state'

const base = { hasData: true, status: 'success' as const, dataUpdatedAt: 1_000_000, intervalMs: 30_000 }

describe('staleness', () => {
  it('is fresh up to two intervals, old beyond', () => {
    expect(staleness({ ...base, now: base.dataUpdatedAt + 60_000 })).toBe('fresh')
    expect(staleness({ ...base, now: base.dataUpdatedAt + 60_001 })).toBe('old')
  })

  it('is failed when the last refresh failed, whatever the age', () => {
    expect(staleness({ ...base, status: 'error', now: base.dataUpdatedAt + 1 })).toBe('failed')
  })

  it('is never stale before the first data', () => {
    expect(staleness({ ...base, hasData: false, status: 'error', now: base.dataUpdatedAt + 1e9 })).toBe(
      'fresh',
    )
  })
})
