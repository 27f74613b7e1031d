import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useChinaDay } from './use-china-day'

afterEach(() => {
  vi.useRealTimers()
})

describe('useChinaDay', () => {
  it('is the China day, whatever the process zone, and turns at China midnight', () => {
    // 23:59:30 in China is still the morning of the same day in New York (the test zone).
    vi.useFakeTimers({ now: new Date('2026-12-31T23:59:30+08:00') })
    const { result } = renderHook(() => useChinaDay())
    expect(result.current).toBe('2026-12-31')
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(result.current).toBe('2027-01-01')
  })
})
