/**
 * China civil time (Asia/Shanghai) without the process time zone.
 *
 * China has kept UTC+8 without daylight saving since 1991, so a China wall-clock time is just the
 * epoch instant shifted by a fixed 8 hours. Everything here is arithmetic on epoch milliseconds and
 * `Date.UTC` / `getUTC*`: the browser's or the test runner's zone (tests run under
 * America/New_York and UTC) can never leak in. Local `Date` constructors and getters are banned in
 * this module for that reason. Dates before 1992 get the same fixed offset (proleptic +08:00):
 * the simulator never goes back that far.
 *
 * A China day is written `YYYY-MM-DD` (the API's date convention). Internally a day is also an
 * "epoch day": the number of days since 1970-01-01, which makes day arithmetic exact integer math.
 */

/** A China calendar day, `YYYY-MM-DD`. A plain string so literals work; check with `isChinaDay`. */
export type ChinaDay = string

export const MS_PER_SECOND = 1000
export const MS_PER_MINUTE = 60 * MS_PER_SECOND
export const MS_PER_HOUR = 60 * MS_PER_MINUTE
export const MS_PER_DAY = 24 * MS_PER_HOUR
/** UTC+8, fixed. */
export const CHINA_OFFSET_MS = 8 * MS_PER_HOUR

// Years 0-99 would hit `Date.UTC`'s two-digit-year mapping; four digits keep the string format
// fixed-width so that string order equals day order.
const MIN_YEAR = 1000
const MAX_YEAR = 9999

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Value of the ASCII digit at `index`, or NaN. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : Number.NaN
}

/**
 * Epoch day of a valid day, or NaN. The single parser every function goes through; it is on the
 * simulator's hot path, hence character arithmetic and Howard Hinnant's days_from_civil instead of
 * a regex and a Date per call (the property tests check it against Date.UTC).
 */
function epochDayOrNaN(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3)
  const month = digitAt(value, 5) * 10 + digitAt(value, 6)
  const date = digitAt(value, 8) * 10 + digitAt(value, 9)
  // NaN fails every comparison below, so a non-digit anywhere ends here.
  if (!(year >= MIN_YEAR && month >= 1 && month <= 12 && date >= 1)) return Number.NaN
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
  if (date > monthLength) return Number.NaN
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** True for a real calendar date written strictly as `YYYY-MM-DD` (years 1000-9999). */
export function isChinaDay(value: unknown): value is ChinaDay {
  return typeof value === 'string' && !Number.isNaN(epochDayOrNaN(value))
}

/** Returns `value` as a ChinaDay or throws a RangeError naming it. */
export function toChinaDay(value: string): ChinaDay {
  if (!isChinaDay(value)) throw new RangeError(`Not a China day (YYYY-MM-DD): ${JSON.stringify(value)}`)
  return value
}

/** Days since 1970-01-01 (negative before). Throws on an invalid day. */
export function epochDayOf(day: ChinaDay): number {
  const epochDay = epochDayOrNaN(day)
  if (Number.isNaN(epochDay)) throw new RangeError(`Not a China day (YYYY-MM-DD): ${JSON.stringify(day)}`)
  return epochDay
}

/** The day with the given epoch-day number (Hinnant's civil_from_days: no Date on the hot path). */
export function dayFromEpochDay(epochDay: number): ChinaDay {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer: ${epochDay}`)
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`Day out of range (years 1000-9999): ${epochDay}`)
  return `${year}-${pad2(month)}-${pad2(date)}`
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function assertFiniteMs(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a finite instant: ${ms}`)
}

/** The China day an instant falls on. */
export function chinaDayOf(ms: number): ChinaDay {
  assertFiniteMs(ms)
  return dayFromEpochDay(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY))
}

/** 00:00:00.000 China time of `day`, as epoch ms (= 16:00 UTC of the previous day). */
export function startOfChinaDay(day: ChinaDay): number {
  return epochDayOf(day) * MS_PER_DAY - CHINA_OFFSET_MS
}

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: ChinaDay, n: number): ChinaDay {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`)
  return dayFromEpochDay(epochDayOf(day) + n)
}

/** Day of the week, 0 = Sunday ... 6 = Saturday (as `Date#getDay`). */
export function weekdayOf(day: ChinaDay): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 non-negative.
  return (((epochDayOf(day) + 4) % 7) + 7) % 7
}

/** Signed calendar days from `a` to `b`: daysBetween('2026-01-01', '2026-01-03') === 2. */
export function daysBetween(a: ChinaDay, b: ChinaDay): number {
  return epochDayOf(b) - epochDayOf(a)
}

/** Every day from `from` to `to`, both included; empty when `from` is after `to`. */
export function eachDay(from: ChinaDay, to: ChinaDay): ChinaDay[] {
  const first = epochDayOf(from)
  const last = epochDayOf(to)
  const days: ChinaDay[] = []
  for (let epochDay = first; epochDay <= last; epochDay++) days.push(dayFromEpochDay(epochDay))
  return days
}

/** The calendar year of a day. */
export function yearOf(day: ChinaDay): number {
  epochDayOf(day)
  return Number(day.slice(0, 4))
}

/** The China wall-clock parts of an instant (for daily arrival curves and display). */
export interface ChinaTimeParts {
  readonly day: ChinaDay
  readonly year: number
  /** 1-12 */
  readonly month: number
  /** 1-31 */
  readonly date: number
  /** 0 = Sunday */
  readonly weekday: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly millisecond: number
}

export function chinaTimePartsOf(ms: number): ChinaTimeParts {
  assertFiniteMs(ms)
  const shifted = new Date(ms + CHINA_OFFSET_MS)
  return {
    day: chinaDayOf(ms),
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    date: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  }
}

/**
 * ISO 8601 in China time with seconds precision: `2026-11-28T20:03:00+08:00`.
 * Milliseconds are truncated (floor, also before 1970), never rounded: rounding could push
 * 23:59:59.700 into the next day and change which China day a timestamp shows. The API's
 * timestamps carry whole seconds; the simulator draws whole-second times so that
 * `parseIsoInstant(toChinaIso(ms)) === ms` holds for what it produces.
 */
export function toChinaIso(ms: number): string {
  assertFiniteMs(ms)
  const seconds = Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND
  const p = chinaTimePartsOf(seconds)
  return `${p.day}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}+08:00`
}

// RFC 3339 profile of ISO 8601: a full date, `T`, hours and minutes, optional seconds and
// fraction, and a mandatory `Z` or `±HH:MM`. No offset would mean "local time of whoever reads
// it", which is exactly the ambiguity the API forbids.
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/

/**
 * Epoch ms of an ISO 8601 instant with an explicit offset (`Z` or `±HH:MM`), or null when the text
 * is not one (wrong shape, impossible date or time, missing offset). Fractions beyond
 * milliseconds are truncated.
 */
export function tryParseIsoInstant(value: string): number | null {
  const match = INSTANT_PATTERN.exec(value)
  if (!match) return null
  const [, day = '', hh = '', mm = '', ss = '00', fraction = '', zulu, sign, offH = '', offM = ''] = match
  const epochDay = epochDayOrNaN(day)
  if (Number.isNaN(epochDay)) return null
  const hours = Number(hh)
  const minutes = Number(mm)
  const seconds = Number(ss)
  // No leap seconds (60) and no 24:00: the API writes end-of-day as 00:00 of the next day.
  if (hours > 23 || minutes > 59 || seconds > 59) return null
  let offsetMs = 0
  if (zulu === undefined) {
    const offsetHours = Number(offH)
    const offsetMinutes = Number(offM)
    if (offsetHours > 23 || offsetMinutes > 59) return null
    offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE)
  }
  const millis = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'))
  return (
    epochDay * MS_PER_DAY +
    hours * MS_PER_HOUR +
    minutes * MS_PER_MINUTE +
    seconds * MS_PER_SECOND +
    millis -
    offsetMs
  )
}

/** Like `tryParseIsoInstant`, but throws a RangeError quoting the text. */
export function parseIsoInstant(value: string): number {
  const ms = tryParseIsoInstant(value)
  if (ms === null) {
    throw new RangeError(
      `Not an ISO 8601 instant with an explicit offset (e.g. 2026-11-28T20:03:00+08:00): ${JSON.stringify(value)}`,
    )
  }
  return ms
}
