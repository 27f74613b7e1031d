import { useEffect, useState } from 'react'

/**
 * The current time, re-read every `everyMs`: for ages and "stale" judgements that must change
 * while nothing else does. Only the component that calls it re-renders.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
