import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useWallRotation } from './use-wall-rotation'

const env = { intervalMs: 5_000, skip: [false, false, false] }

afterEach(() => {
  vi.useRealTimers()
})

describe('the wall rotation timer', () => {
  it('moves on every interval', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { result } = renderHook(() => useWallRotation(env))
    expect(result.current.state.index).toBe(0)
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(result.current.state.index).toBe(1)
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(result.current.state.index).toBe(2)
  })

  it('moves on when its timer fires though the clock reads a little earlier, and keeps going', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { result } = renderHook(() => useWallRotation(env))
    // The clock set back 20 ms: the timer fires when the scene's time is up, the clock then reads
    // 20 ms before the deadline (as when a timer fires early).
    vi.setSystemTime(Date.now() - 20)
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(result.current.state.index).toBe(1)
    await act(() => vi.advanceTimersByTimeAsync(5_020))
    expect(result.current.state.index).toBe(2)
  })
})
