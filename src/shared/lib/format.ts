import type { Locale } from '@/shared/i18n/locales'

/**
 * The one formatting module: every number, rate, amount of money, change, date and time the
 * UI shows is formatted here, with `Intl`, for the two UI locales. Rules that are product
 * decisions (not locale conventions) are documented where they are applied:
 * - a missing figure is shown as an em dash, never as 0;
 * - rates are never shown as 100 % unless every item counts (see `formatRate`);
 * - changes carry an explicit sign (`+`, or U+2212 `−`), so they never rely on colour;
 * - Chinese amounts of money are in 万元 from 1万 yuan on (see `formatMoneyFen`);
 * - dates and times are China time (Asia/Shanghai) whatever the browser's zone.
 */

/** Shown for a figure that does not exist (no data, or a rate with nothing to divide by). */
export const missingValue = '—'

/** The zone of every date and time in the product, wherever the browser is. */
export const chinaTimeZone = 'Asia/Shanghai'

/** U+2212 MINUS SIGN: the typographic minus, as wide as `+` and unmistakable for a dash. */
const minusSign = '\u2212'

// Building an Intl formatter costs far more than using one, and a table formats thousands of
// cells: formatters are cached by locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>()

function cached<T>(cache: Map<string, T>, locale: string, options: object, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = create()
    cache.set(key, formatter)
  }
  return formatter
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options))
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zoned = { ...options, timeZone: chinaTimeZone }
  return cached(dateTimeFormats, locale, zoned, () => new Intl.DateTimeFormat(locale, zoned))
}

function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions) {
  return cached(relativeTimeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options))
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

// ---------------------------------------------------------------------------------------------
// Counts

/** A count of items, grouped by thousands: 12,345. */
// Counts fill tables and wave cells by the hundred per render: their formatter is looked up by
// locale alone, without building the options' cache key each time.
const countFormats = new Map<Locale, Intl.NumberFormat>()

export function formatCount(count: number | null | undefined, locale: Locale): string {
  if (!isNumber(count)) return missingValue
  let formatter = countFormats.get(locale)
  if (!formatter) {
    formatter = numberFormat(locale, { maximumFractionDigits: 0 })
    countFormats.set(locale, formatter)
  }
  return formatter.format(count)
}

/**
 * A figure that is not a whole count (a baseline mean, a z-score) with one decimal: "12.4",
 * "−0.8" (U+2212); `signed` also writes "+" before a positive value that does not round to 0.
 */
export function formatDecimal(
  value: number | null | undefined,
  locale: Locale,
  { signed = false }: { signed?: boolean } = {},
): string {
  if (!isNumber(value)) return missingValue
  const format = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const text = format.format(Math.abs(value))
  if (text === format.format(0)) return text
  if (value < 0) return `${minusSign}${text}`
  return signed ? `+${text}` : text
}

// ---------------------------------------------------------------------------------------------
// Rates

export interface RateCounts {
  /** Items that met the criterion (e.g. closed on time). */
  numerator?: number | null
  /** Items counted (e.g. closed). */
  denominator?: number | null
}

/** Rates from this value on are shown with two decimals, where the differences matter. */
const twoDecimalRatesFrom = 0.99

/**
 * A rate (a fraction: 0.9986 for 99.86 %) as a percentage: "99.86%". Rates from 99 % on have
 * two decimals, others one; `null` (nothing to divide by) is "—".
 *
 * 100 % claims that every single item counts. A rate that only rounds to it (99.996 %) is
 * shown as the largest value below it, "99.99%", so one late item among 30,000 is never
 * hidden. With `numerator` and `denominator`, only equal counts may read 100 % (whatever
 * floating-point noise the rate carries); without them, only a rate of 1 (or the float noise
 * just above it: nothing is missing there).
 */
export function formatRate(rate: number | null | undefined, locale: Locale, counts: RateCounts = {}): string {
  if (!isNumber(rate)) return missingValue
  const digits = rate >= twoDecimalRatesFrom ? 2 : 1
  const percent = numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
  const text = percent.format(rate)
  // Compare what a reader would see: the same formatter decides whether the rate reads as 100 %.
  if (text !== percent.format(1)) return text

  const { numerator, denominator } = counts
  const hasCounts = isNumber(numerator) && isNumber(denominator)
  if (hasCounts ? numerator === denominator : rate >= 1) return text
  // One unit of the last shown digit below 100 % (0.9999 is "99.99%"), or above it for
  // counts that exceed their total (bad data, but not to be passed off as exactly 100 %).
  const step = 10 ** -(digits + 2)
  const below = hasCounts ? numerator < denominator : true
  return percent.format(below ? 1 - step : 1 + step)
}

// ---------------------------------------------------------------------------------------------
// Changes

/**
 * What a change measures:
 * - `count`: a difference of counts (−3, +1,204);
 * - `points`: a difference of two rates, given as fractions (0.012 is +1.2 percentage points);
 * - `percent`: a relative change, as a fraction (0.034 is +3.4 %).
 */
export type ChangeKind = 'count' | 'points' | 'percent'

export type ChangeDirection = 'up' | 'down' | 'flat'

/** Percentage points have no Intl unit; these are the words each language uses for them. */
const pointsUnit: Record<Locale, string> = { 'zh-CN': '个百分点', en: ' pp' }

/** The magnitude of a change, unsigned, as it will be shown. */
function changeMagnitude(magnitude: number, kind: ChangeKind, locale: Locale): string {
  switch (kind) {
    case 'count':
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(magnitude)
    case 'percent':
      return numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(magnitude)
    case 'points':
      // The percent style scales by 100 exactly (no 0.012 * 100 float error); the unit is
      // "points", not "%", so the percent sign is left out.
      return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
        .formatToParts(magnitude)
        .filter((part) => part.type !== 'percentSign')
        .map((part) => part.value)
        .join('')
        .trim()
  }
}

/**
 * The direction of a change, for its arrow. Given the kind, a change too small to show (one
 * that `formatSignedChange` writes as 0) is `flat`, so arrow and text always agree.
 */
export function changeDirection(delta: number, kind?: ChangeKind): ChangeDirection {
  if (!Number.isFinite(delta) || delta === 0) return 'flat'
  if (kind && changeMagnitude(Math.abs(delta), kind, 'en') === changeMagnitude(0, kind, 'en')) return 'flat'
  return delta > 0 ? 'up' : 'down'
}

/**
 * A change with an explicit sign: "+1.2 pp", "−3", "+3.4%" (Chinese: "+1.2个百分点"). The
 * minus is U+2212, which Intl does not use for these locales, hence the sign is added here.
 * A change that rounds to zero has no sign. `null` (nothing to compare with) is "—".
 */
export function formatSignedChange(
  delta: number | null | undefined,
  kind: ChangeKind,
  locale: Locale,
): string {
  if (!isNumber(delta)) return missingValue
  const direction = changeDirection(delta, kind)
  const sign = direction === 'up' ? '+' : direction === 'down' ? minusSign : ''
  const magnitude = changeMagnitude(direction === 'flat' ? 0 : Math.abs(delta), kind, locale)
  return `${sign}${magnitude}${kind === 'points' ? pointsUnit[locale] : ''}`
}

/** A difference of two rates in percentage points: "+1.2 pp" / "+1.2个百分点". */
export function formatChangePoints(delta: number | null | undefined, locale: Locale): string {
  return formatSignedChange(delta, 'points', locale)
}

// ---------------------------------------------------------------------------------------------
// Money

/** 1万元 (ten thousand yuan) in fen. */
const fenPerWan = 1_000_000n

/**
 * An integer as a decimal string with `scale` digits after the point: (265870, 2) is
 * "2658.70". Intl formats such strings exactly, so money is never divided in floating point
 * (where 100.05 is 100.0499999…).
 */
function shiftDecimal(value: bigint, scale: number): Intl.StringNumericLiteral {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0')
  const text = `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  return text as Intl.StringNumericLiteral
}

/**
 * An amount of money given in fen (分, 1/100 yuan, as the API sends it: an integer, so sums
 * never drift). Throws a RangeError for anything else: a fractional fen is a bug upstream.
 *
 * - Chinese, from 1万 yuan on: 万元 with one decimal, the unit of Chinese statistical
 *   reporting: 2,658,700,000 fen is "2,658.7万元". (Intl's compact notation would switch to
 *   亿 at 1亿, and tables of 万元 must not change unit from row to row.) Below: "9,999.5元".
 * - English, from 10,000 yuan on: compact yuan, "¥26.59M" (Intl compact notation, the
 *   narrow symbol: all amounts in the product are CNY). Below: "¥9,999.50".
 * Below the threshold, whole yuan have no decimals and others two: "1,234元", "1,234.50元".
 */
export function formatMoneyFen(fen: number | bigint | null | undefined, locale: Locale): string {
  if (fen === null || fen === undefined) return missingValue
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`formatMoneyFen expects an integer amount of fen, got ${fen}`)
  }
  const amount = BigInt(fen)
  const large = (amount < 0n ? -amount : amount) >= fenPerWan

  if (locale === 'zh-CN') {
    if (large) {
      return `${numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shiftDecimal(amount, 6))}万元`
    }
    const yuan = numberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      trailingZeroDisplay: 'stripIfInteger',
    })
    return `${yuan.format(shiftDecimal(amount, 2))}元`
  }

  const currency = { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' } as const
  const options: Intl.NumberFormatOptions = large
    ? { ...currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }
    : {
        ...currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        trailingZeroDisplay: 'stripIfInteger',
      }
  return numberFormat(locale, options).format(shiftDecimal(amount, 2))
}

// ---------------------------------------------------------------------------------------------
// Dates and times (always China time)

export type Instant = Date | string | number

export type DateTimeStyle = 'date' | 'time' | 'dateTime' | 'timeSeconds'

/** 24-hour clock in both languages: the centres work shifts around the clock. */
const dateTimeStyles: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' }, // 2027年1月1日 / Jan 1, 2027
  time: { timeStyle: 'short', hourCycle: 'h23' }, // 00:30
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }, // 2027年1月1日 00:30
  timeSeconds: { timeStyle: 'medium', hourCycle: 'h23' }, // 00:30:05
}

// A string without a zone would be read in the browser's zone: exactly the mistake this
// module exists to prevent. Instants from the API carry "Z" or an offset.
const zonedTimestamp = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/i

/** Milliseconds since the epoch of an instant; throws a RangeError for anything else. */
function toEpochMs(instant: Instant): number {
  let ms: number
  if (instant instanceof Date) ms = instant.getTime()
  else if (typeof instant === 'number') ms = instant
  else if (zonedTimestamp.test(instant)) ms = Date.parse(instant)
  else ms = Number.NaN
  if (!Number.isFinite(ms)) {
    throw new RangeError(`Not an instant (a timestamp needs "Z" or an offset): ${String(instant)}`)
  }
  return ms
}

/** An instant in China time: "2027年1月1日 00:30" / "Jan 1, 2027, 00:30". */
export function formatChinaDateTime(
  instant: Instant,
  locale: Locale,
  style: DateTimeStyle = 'dateTime',
): string {
  return dateTimeFormat(locale, dateTimeStyles[style]).format(toEpochMs(instant))
}

/**
 * A deadline as people say it: one at 00:00 China time ends the day before, so it reads as that
 * day's 24:00 ("2026年10月23日 24:00"), not as the next morning; any other time as it is.
 */
export function formatDeadline(instant: Instant, locale: Locale): string {
  const ms = toEpochMs(instant)
  if (chinaDay(ms) === chinaDay(ms - 1)) return formatChinaDateTime(ms, locale)
  // The separator of formatChinaDateTime's own date and time in each language.
  return `${formatCalendarDay(chinaDay(ms - 1), locale)}${locale === 'en' ? ', ' : ' '}24:00`
}

/** China has kept UTC+8 all year since 1991 (no daylight saving), the only years the app shows. */
const chinaOffsetMs = 8 * 3_600_000

/**
 * The China calendar day of an instant, "YYYY-MM-DD": 2026-12-31T16:30:00Z is "2027-01-01".
 * Days are what reports count by; comparing these keys tells whether two instants share one.
 * Arithmetic on the fixed offset rather than Intl: tables call this for every row on every
 * render, and formatToParts costs about a hundred times more.
 */
export function chinaDay(instant: Instant): string {
  return new Date(toEpochMs(instant) + chinaOffsetMs).toISOString().slice(0, 10)
}

export type CalendarDayStyle = 'date' | 'monthDay' | 'month'

const calendarDayStyles: Record<CalendarDayStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' }, // 2027年1月1日 / Jan 1, 2027
  monthDay: { month: 'short', day: 'numeric' }, // 1月1日 / Jan 1
  month: { year: 'numeric', month: 'long' }, // 2027年1月 / January 2027 (the day's month)
}

/**
 * A calendar day such as the API's "2027-01-01" (already a China day: no zone to convert),
 * e.g. for chart axes. It is formatted at noon China time, so no zone can move it.
 */
export function formatCalendarDay(day: string, locale: Locale, style: CalendarDayStyle = 'date'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  return dateTimeFormat(locale, calendarDayStyles[style]).format(toEpochMs(`${day}T12:00:00+08:00`))
}

/**
 * How long ago something happened, from its age in milliseconds: "3分钟前" / "3 min. ago",
 * counted down to whole units (3 min 59 s is still 3 minutes). Under a second, or a negative
 * age from a skewed clock, is "现在" / "now".
 */
export function formatAge(ageMs: number, locale: Locale): string {
  if (!Number.isFinite(ageMs)) return missingValue
  const seconds = Math.max(0, Math.floor(ageMs / 1000))
  // "auto" only for zero ("now"): for a day it would say "yesterday", which is a calendar
  // statement, not an age.
  if (seconds === 0)
    return relativeTimeFormat(locale, { style: 'short', numeric: 'auto' }).format(0, 'second')
  const always = relativeTimeFormat(locale, { style: 'short', numeric: 'always' })
  if (seconds < 60) return always.format(-seconds, 'second')
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return always.format(-minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return always.format(-hours, 'hour')
  return always.format(-Math.floor(hours / 24), 'day')
}

// ---------------------------------------------------------------------------------------------
// Lists

const listFormats = new Map<string, Intl.ListFormat>()

/**
 * Items joined as the locale joins a list: "2026 and 2027", "2026和2027". A single item is
 * itself, without the platform's list formatter, whose first build (its locale data) costs
 * about 35 ms: too much for the first paint to spend on the usual single year.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items[0] ?? ''
  const format = cached(listFormats, locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' }))
  return format.format(items)
}

// ---------------------------------------------------------------------------------------------
// Ahead of the first screen

/**
 * Builds the formatters the first screen uses, one per task, so that its render does not: the
 * first date formatter of a page loads the zone's and the locale's data (about 15 ms on a desk
 * machine, four times that on a phone), each further one a few milliseconds. Meant for while
 * the app waits for its first answers, when the main thread has nothing else to do.
 */
export function prepareFormatters(
  locale: Locale,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): void {
  const now = Date.now()
  const builds = [
    () => formatChinaDateTime(now, locale, 'timeSeconds'),
    () => formatChinaDateTime(now, locale, 'dateTime'),
    () => formatCount(1, locale),
    () => formatRate(0.5, locale),
    () => formatSignedChange(0.01, 'points', locale),
    () => formatMoneyFen(100_000_000, locale),
  ]
  const next = (index: number) => {
    const build = builds[index]
    if (build === undefined) return
    build()
    schedule(() => next(index + 1))
  }
  schedule(() => next(0))
}
