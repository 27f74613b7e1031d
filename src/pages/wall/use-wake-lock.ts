import { useEffect } from 'react'

/** The part of the Screen Wake Lock API the wall uses (`navigator.wakeLock`). */
export interface WakeLockLike {
  request(type: 'screen'): Promise<{ release(): Promise<void> }>
}

/**
 * Keeps the screen awake while the wall shows (Screen Wake Lock): a wall display that dims after
 * ten minutes is a black rectangle in the room. The browser releases the lock whenever the tab is
 * hidden (another window, a minimized browser), so it is asked for again each time the page is
 * visible again. Where the API is missing (an old browser, http other than localhost) or refuses
 * (power saving), the wall goes on without it: the kiosk's own power settings then matter.
 */
export function useWakeLock(wakeLock: WakeLockLike | undefined = browserWakeLock()): void {
  useEffect(() => {
    if (!wakeLock) return
    let active = true
    let sentinel: { release(): Promise<void> } | undefined
    const acquire = async () => {
      if (document.visibilityState !== 'visible') return
      try {
        const lock = await wakeLock.request('screen')
        // Unmounted meanwhile: give it back at once.
        if (!active) {
          void lock.release().catch(() => undefined)
          return
        }
        // One lock is enough: a previous one still held (two quick visibility changes) goes back.
        void sentinel?.release().catch(() => undefined)
        sentinel = lock
      } catch {
        // Refused (hidden again, power saving, a policy): the next visibility change tries again.
      }
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void acquire()
    }
    void acquire()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      active = false
      document.removeEventListener('visibilitychange', onVisibility)
      void sentinel?.release().catch(() => undefined)
      sentinel = undefined
    }
  }, [wakeLock])
}

function browserWakeLock(): WakeLockLike | undefined {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator ? navigator.wakeLock : undefined
}
