/**
 * Time on the wall: the server's clock (the room must not show a drifting PC clock) and the age
 * of the figures on screen.
 */

/** A larger gap than this between the wall's and the server's clocks is corrected. */
const negligibleOffsetMs = 1000

/**
 * How far the browser's clock is behind the server's (add it to `Date.now()`), from an answer's
 * `asOf`, which the API sets to the instant it answered, and the browser's time when the answer
 * arrived. A gap within a second is network delay, not drift: 0. An unreadable `asOf` gives 0.
 */
export function clockOffsetMs(asOf: string | undefined, receivedAtMs: number): number {
  if (asOf === undefined || receivedAtMs <= 0) return 0
  const server = Date.parse(asOf)
  if (!Number.isFinite(server)) return 0
  const offset = server - receivedAtMs
  return Math.abs(offset) <= negligibleOffsetMs ? 0 : offset
}

export type StaleLevel = 'fresh' | 'warn' | 'error'

/** From this age on, figures are too old for a room to read as current, whatever the polling. */
export const staleErrorAfterMs = 10 * 60_000

/**
 * How stale figures `ageMs` old are, when they are refreshed every `refreshMs`: older than two
 * refreshes (one refresh may be late, two missed ones are not chance) is a warning; older than
 * ten minutes is an error.
 */
export function staleLevel(ageMs: number, refreshMs: number): StaleLevel {
  if (!Number.isFinite(ageMs)) return 'error'
  if (ageMs > staleErrorAfterMs) return 'error'
  if (ageMs > 2 * refreshMs) return 'warn'
  return 'fresh'
}

/** The oldest of the `asOf`s of the figures on screen (unreadable ones count as oldest), if any. */
export function oldestAsOf(asOfs: readonly (string | undefined)[]): string | undefined {
  const time = (asOf: string) => {
    const at = Date.parse(asOf)
    return Number.isFinite(at) ? at : Number.NEGATIVE_INFINITY
  }
  return asOfs
    .filter((asOf): asOf is string => asOf !== undefined)
    .reduce<string | undefined>((a, b) => (a === undefined || time(b) < time(a) ? b : a), undefined)
}

/** The age of figures computed at `asOf`, at the server-corrected time `now`; never negative. */
export function dataAgeMs(asOf: string, now: number): number {
  const at = Date.parse(asOf)
  return Number.isFinite(at) ? Math.max(0, now - at) : Number.POSITIVE_INFINITY
}

/** Whether a China day is a holiday or a make-up working day, from the year's calendar. */
export type DayMark = 'holiday' | 'makeUpWorkday' | null

export function dayMark(
  day: string,
  calendar: { holidays: readonly string[]; makeUpWorkdays: readonly string[] } | undefined,
): DayMark {
  if (!calendar) return null
  if (calendar.holidays.includes(day)) return 'holiday'
  if (calendar.makeUpWorkdays.includes(day)) return 'makeUpWorkday'
  return null
}
