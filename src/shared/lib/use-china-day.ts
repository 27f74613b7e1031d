import { useSyncExternalStore } from 'react'
import { chinaDay } from './format'

/**
 * How often the day is read again. A minute, not a timer set for midnight: a machine that slept
 * or had its clock corrected still turns the day within a minute.
 */
const checkEveryMs = 60_000

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, checkEveryMs)
  return () => clearInterval(timer)
}

const today = () => chinaDay(Date.now())

/** Today's China day (YYYY-MM-DD), whatever the browser's zone; re-renders when it turns. */
export function useChinaDay(): string {
  return useSyncExternalStore(subscribe, today)
}
