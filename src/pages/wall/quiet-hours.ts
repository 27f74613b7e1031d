/**
 * Quiet hours of the wall's chime: `22:00-07:00`, China time, the end excluded; a range whose
 * end comes before its start spans midnight. The link carries the range as text (the route
 * validates it: wall-search.ts); the page reads it back here.
 */
export interface QuietHours {
  /** Minutes after China midnight, 0 to 1439. */
  readonly start: number
  readonly end: number
}

const MS_PER_MINUTE = 60_000
const MINUTES_PER_DAY = 24 * 60
const CHINA_OFFSET_MINUTES = 8 * 60
const rangePattern = /^([01]?\d|2[0-3]):([0-5]\d)-([01]?\d|2[0-3]):([0-5]\d)$/

/** `HH:MM-HH:MM` as minutes, or null for anything else (an empty range, 25:00, words). */
export function parseQuietHours(text: string): QuietHours | null {
  const match = rangePattern.exec(text.trim())
  if (!match) return null
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number]
  const start = h1 * 60 + m1
  const end = h2 * 60 + m2
  // A range that starts where it ends says nothing sure: all day or never. It is ignored.
  return start === end ? null : { start, end }
}

const two = (n: number) => String(n).padStart(2, '0')
const clockOf = (minutes: number) => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`

/** The range as the link writes it: `22:00-07:00`. */
export function formatQuietHours(hours: QuietHours): string {
  return `${clockOf(hours.start)}-${clockOf(hours.end)}`
}

/** Minutes after China midnight at `instantMs` (China has no daylight saving time). */
export function chinaMinuteOfDay(instantMs: number): number {
  const minutes = Math.floor(instantMs / MS_PER_MINUTE) + CHINA_OFFSET_MINUTES
  return ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
}

/** Whether `instantMs` falls in the quiet hours (none given: never quiet). */
export function isQuietAt(hours: QuietHours | null, instantMs: number): boolean {
  if (hours === null) return false
  const minute = chinaMinuteOfDay(instantMs)
  return hours.start < hours.end
    ? minute >= hours.start && minute < hours.end
    : minute >= hours.start || minute < hours.end
}
