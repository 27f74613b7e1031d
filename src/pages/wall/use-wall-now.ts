import { useCallback, useSyncExternalStore } from 'react'

function subscribeSeconds(onChange: () => void): () => void {
  const timer = setInterval(onChange, 1000)
  return () => clearInterval(timer)
}

/**
 * The server-corrected time (the browser's plus `offsetMs`), rounded down to `everyMs`. The
 * clock is read each second, but a component re-renders only when the rounded value changes: the
 * clock itself each second, the page and its scenes once a minute. A wall runs for weeks, and
 * drawing every scene sixty times a minute for a clock would be waste.
 */
export function useWallNow(offsetMs: number, everyMs: number): number {
  const read = useCallback(() => Math.floor((Date.now() + offsetMs) / everyMs) * everyMs, [offsetMs, everyMs])
  return useSyncExternalStore(subscribeSeconds, read)
}
