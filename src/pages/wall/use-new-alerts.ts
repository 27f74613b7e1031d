import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { newAlertIds, stillFresh, type AlertsAnswer } from './new-alerts'
import { isQuietAt, parseQuietHours } from './quiet-hours'
import { wallChime } from './wall-chime'

export interface ChimeOptions {
  /** The link's `chime=on`. */
  enabled: boolean
  /** The link's `quiet=HH:MM-HH:MM`, China time. */
  quiet: string | undefined
}

/**
 * The alerts that came up while the wall was running, each with when it was first seen, held
 * for a while (new-alerts.ts). A new answer that brings new alerts chimes once, if the link
 * switched the chime on and it is not within the quiet hours. `now` is the server-corrected
 * clock: it times the highlights and the quiet hours.
 */
export function useNewAlerts(
  answer: AlertsAnswer | undefined,
  now: number,
  chime: ChimeOptions,
): ReadonlyMap<string, number> {
  const [fresh, setFresh] = useState<ReadonlyMap<string, number>>(() => new Map())
  const previous = useRef<AlertsAnswer | undefined>(undefined)

  // The clock and the link as they are when an answer arrives, without re-running on each tick.
  const onNewAlerts = useEffectEvent((found: readonly string[]) => {
    setFresh((before) => {
      const next = stillFresh(before, now)
      for (const id of found) next.set(id, now)
      return next
    })
    if (chime.enabled && !isQuietAt(parseQuietHours(chime.quiet ?? ''), now)) void wallChime.play()
  })

  useEffect(() => {
    if (answer === undefined || answer === previous.current) return
    const found = newAlertIds(previous.current, answer)
    previous.current = answer
    if (found.length > 0) onNewAlerts(found)
  }, [answer])

  return stillFresh(fresh, now)
}
