import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useWakeLock } from './use-wake-lock'

/** A fake `navigator.wakeLock`: counts requests, and each lock knows whether it was released. */
function fakeWakeLock({ refuse = false } = {}) {
  const locks: { released: boolean }[] = []
  const request = vi.fn((type: 'screen') => {
    expect(type).toBe('screen')
    if (refuse) return Promise.reject(new DOMException('Battery saver', 'NotAllowedError'))
    const lock = {
      released: false,
      release: () => {
        lock.released = true
        return Promise.resolve()
      },
    }
    locks.push(lock)
    return Promise.resolve(lock)
  })
  return { request, locks }
}

let visibility: DocumentVisibilityState = 'visible'
function setVisibility(state: DocumentVisibilityState) {
  visibility = state
  document.dispatchEvent(new Event('visibilitychange'))
}

function installNavigatorWakeLock(fake: ReturnType<typeof fakeWakeLock>) {
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: fake })
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
}

afterEach(() => {
  // jsdom has neither: leave nothing behind for the next file (one module graph per worker).
  Reflect.deleteProperty(navigator, 'wakeLock')
  Reflect.deleteProperty(document, 'visibilityState')
  visibility = 'visible'
})

describe('useWakeLock', () => {
  it('keeps the screen awake, asks again when the page is shown again, and lets go on unmount', async () => {
    const fake = fakeWakeLock()
    installNavigatorWakeLock(fake)
    const { unmount } = renderHook(() => useWakeLock())
    await waitFor(() => expect(fake.request).toHaveBeenCalledTimes(1))

    // Hidden, the browser releases the lock by itself; nothing is asked while hidden.
    setVisibility('hidden')
    expect(fake.request).toHaveBeenCalledTimes(1)
    setVisibility('visible')
    await waitFor(() => expect(fake.request).toHaveBeenCalledTimes(2))
    // The lock taken before is given back: one at a time.
    await waitFor(() => expect(fake.locks.map((lock) => lock.released)).toEqual([true, false]))

    unmount()
    await waitFor(() => expect(fake.locks.every((lock) => lock.released)).toBe(true))
    setVisibility('hidden')
    setVisibility('visible')
    expect(fake.request).toHaveBeenCalledTimes(2)
  })

  it('does nothing, and fails nothing, where the browser has no wake lock', () => {
    expect('wakeLock' in navigator).toBe(false)
    const { unmount } = renderHook(() => useWakeLock())
    setVisibility('visible')
    unmount()
  })

  it('goes on without it when the browser refuses, and tries again when shown again', async () => {
    const fake = fakeWakeLock({ refuse: true })
    installNavigatorWakeLock(fake)
    const { unmount } = renderHook(() => useWakeLock())
    await waitFor(() => expect(fake.request).toHaveBeenCalledTimes(1))
    setVisibility('hidden')
    setVisibility('visible')
    await waitFor(() => expect(fake.request).toHaveBeenCalledTimes(2))
    unmount()
  })
})
