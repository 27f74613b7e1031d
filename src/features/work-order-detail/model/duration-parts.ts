const minuteMs = 60_000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs

export type DurationParts =
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number }
  | { unit: 'days'; days: number; hours: number }

/**
 * A span in the two largest whole units that matter at its size (floored: 1 d 23 h 59 min is
 * "1 d 23 h"). Calendar time: how long the person waited, not working days.
 */
export function durationParts(ms: number): DurationParts {
  const safe = Math.max(0, Math.floor(ms))
  if (safe >= dayMs)
    return { unit: 'days', days: Math.floor(safe / dayMs), hours: Math.floor((safe % dayMs) / hourMs) }
  if (safe >= hourMs) {
    return {
      unit: 'hours',
      hours: Math.floor(safe / hourMs),
      minutes: Math.floor((safe % hourMs) / minuteMs),
    }
  }
  return { unit: 'minutes', minutes: Math.floor(safe / minuteMs) }
}
