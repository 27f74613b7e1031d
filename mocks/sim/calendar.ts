/**
 * China's working-day calendar, per year, for counting time limits in working days.
 *
 * Sources, in order of precedence:
 * 1. data supplied in `./calendar-data/` (a year the package does not know yet, or a correction);
 * 2. the `chinese-days` package's prebuilt data file (2004-2026 in v1.5.7);
 * 3. otherwise the year is *assumed*: Monday to Friday, no holidays, flagged `assumed: true`, so the
 *    API and the UI can say that deadlines in it may move once the official schedule is out.
 *
 * Why the package's JSON and not its functions: `chinese-days` parses 'YYYY-MM-DD' as UTC midnight
 * and then reads it with local getters, and builds its holiday tables the same way when imported.
 * West of UTC (America/New_York, where our tests run) its answers are a day off, even for plain
 * date strings: an ordinary Saturday such as 2026-03-07 comes out as a working day and the Monday
 * after as a rest day; `getDayDetail('2026-02-14').date` is '2026-02-13'. Its
 * `dist/chinese-days.json` was generated when the package was built and is plain data. The tests
 * check it against the official 2025 and 2026 schedules, show the functions' error, and prove our
 * tables identical under UTC, America/New_York and Asia/Shanghai.
 *
 * Definitions used by every function here and served by `GET /calendar/{year}`:
 * - a *holiday* is any day of an official holiday period, including the Saturdays and Sundays
 *   inside it (2026 Spring Festival: 2026-02-15 to 2026-02-23, nine days), matching the State
 *   Council's notice and what the UI shades;
 * - a *make-up workday* (调休上班) is a Saturday or Sunday that is a working day;
 * - a *working day* is a make-up workday, or a Monday-Friday that is not a holiday.
 *
 * Tables are built lazily, once per year, into a compact array of flags plus prefix sums, so the
 * simulator's per-order deadline arithmetic never touches strings in its loops.
 */
import packageCalendar from 'chinese-days/dist/chinese-days.json'
import * as z from 'zod/mini'
import { suppliedCalendarYears } from './calendar-data/index.ts'
import {
  type ChinaDay,
  CHINA_OFFSET_MS,
  dayFromEpochDay,
  epochDayOf,
  isChinaDay,
  MS_PER_DAY,
  yearOf,
} from './china-time.ts'

/** The installed version the package data comes from (a test checks it against node_modules). */
export const CHINESE_DAYS_VERSION = '1.5.7'

export type CalendarSourceKind = 'data' | 'package' | 'assumed'

/** One year's calendar, as served by `GET /calendar/{year}`. */
export interface CalendarYear {
  readonly year: number
  /** True when no official schedule is known: Monday-Friday, no holidays, no make-up days. */
  readonly assumed: boolean
  readonly sourceKind: CalendarSourceKind
  /** Where the dates come from, for people: a package and version, a URL, or 'assumed'. */
  readonly source: string
  /** Every day of the official holiday periods (weekend days inside them included), sorted. */
  readonly holidays: readonly ChinaDay[]
  /** Saturdays and Sundays that are working days (调休上班), sorted. */
  readonly makeUpWorkdays: readonly ChinaDay[]
}

const dayString = z.string().check(z.refine((value) => isChinaDay(value), 'must be a YYYY-MM-DD date'))

/** The shape of `calendar-data/<year>.json`. */
export const suppliedCalendarYearSchema = z.object({
  year: z.number().check(z.int(), z.gte(1000), z.lte(9999)),
  source: z.string().check(z.minLength(1)),
  holidays: z.array(dayString),
  makeUpWorkdays: z.array(dayString),
})
export type SuppliedCalendarYear = z.infer<typeof suppliedCalendarYearSchema>

/** What the package's data file holds: day -> "English name,中文名,length". */
export interface PackageCalendarData {
  readonly holidays: Readonly<Record<string, string>>
  readonly workdays: Readonly<Record<string, string>>
}

export interface WorkCalendarOptions {
  /** Years supplied as data (unvalidated JSON; validated when the calendar is created). */
  readonly supplied?: readonly unknown[]
  /** The package's data; defaults to `chinese-days/dist/chinese-days.json`. */
  readonly packageData?: PackageCalendarData
  /** Shown as `source` for package years. */
  readonly packageSource?: string
}

export interface WorkCalendar {
  calendarYear(year: number): CalendarYear
  isAssumedYear(year: number): boolean
  isWorkingDay(day: ChinaDay): boolean
  nextWorkingDay(day: ChinaDay): ChinaDay
  addWorkingDays(day: ChinaDay, n: number): ChinaDay
  workingDaysBetween(a: ChinaDay, b: ChinaDay): number
  deadlineAfterWorkingDays(receivedMs: number, n: number): number
  deadlineUsesAssumedCalendar(receivedMs: number, n: number): boolean
  rangeUsesAssumedCalendar(from: ChinaDay, to: ChinaDay): boolean
  /** `isWorkingDay` on an epoch day (china-time.ts `epochDayOf`): no strings, for hot loops. */
  isWorkingEpochDay(epochDay: number): boolean
  /** `addWorkingDays` on epoch days: no strings, for hot loops. */
  addWorkingEpochDays(epochDay: number, n: number): number
}

interface YearTable {
  readonly info: CalendarYear
  readonly firstEpochDay: number
  readonly lastEpochDay: number
  /** 1 = working day, by day of year (0-based). */
  readonly working: Uint8Array
  /** cumulative[i] = working days among the first i days of the year (length = days + 1). */
  readonly cumulative: Uint16Array
}

const MIN_YEAR = 1000
const MAX_YEAR = 9999

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Calendar year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}: ${year}`)
  }
}

function assertCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer: ${n}`)
}

function firstEpochDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY
}

function yearOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear()
}

function isWeekendEpochDay(epochDay: number): boolean {
  const weekday = (((epochDay + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}

function validateSupplied(raw: unknown, index: number): SuppliedCalendarYear {
  const parsed = suppliedCalendarYearSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'
    throw new Error(`calendar-data entry #${index}: ${where}`)
  }
  const data = parsed.data
  const label = `calendar-data ${data.year}`
  for (const day of [...data.holidays, ...data.makeUpWorkdays]) {
    if (yearOf(day) !== data.year) throw new Error(`${label}: ${day} is not in ${data.year}`)
  }
  const holidaySet = new Set(data.holidays)
  for (const day of data.makeUpWorkdays) {
    if (holidaySet.has(day)) throw new Error(`${label}: ${day} is both a holiday and a make-up workday`)
    // A make-up workday on a Monday-Friday would mean nothing; it is almost surely a typo.
    if (!isWeekendEpochDay(epochDayOf(day)))
      throw new Error(`${label}: make-up workday ${day} is not a weekend day`)
  }
  return data
}

/** Splits the package's flat maps into per-year sorted lists, once. */
function indexPackageData(
  data: PackageCalendarData,
): Map<number, { holidays: ChinaDay[]; workdays: ChinaDay[] }> {
  const byYear = new Map<number, { holidays: ChinaDay[]; workdays: ChinaDay[] }>()
  const entry = (day: string) => {
    if (!isChinaDay(day)) throw new Error(`chinese-days data: bad date key ${JSON.stringify(day)}`)
    const year = yearOf(day)
    let lists = byYear.get(year)
    if (!lists) {
      lists = { holidays: [], workdays: [] }
      byYear.set(year, lists)
    }
    return lists
  }
  for (const day of Object.keys(data.holidays)) entry(day).holidays.push(day)
  for (const day of Object.keys(data.workdays)) entry(day).workdays.push(day)
  for (const lists of byYear.values()) {
    lists.holidays.sort()
    lists.workdays.sort()
  }
  return byYear
}

export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const packageData: PackageCalendarData = options.packageData ?? packageCalendar
  const packageSource = options.packageSource ?? `chinese-days@${CHINESE_DAYS_VERSION}`
  const supplied = new Map<number, SuppliedCalendarYear>()
  ;(options.supplied ?? []).forEach((raw, index) => {
    const data = validateSupplied(raw, index)
    if (supplied.has(data.year)) throw new Error(`calendar-data: year ${data.year} supplied twice`)
    supplied.set(data.year, data)
  })
  let packageByYear: ReturnType<typeof indexPackageData> | undefined
  const tables = new Map<number, YearTable>()

  function describeYear(year: number): CalendarYear {
    const data = supplied.get(year)
    if (data) {
      return {
        year,
        assumed: false,
        sourceKind: 'data',
        source: data.source,
        holidays: Object.freeze([...new Set(data.holidays)].sort()),
        makeUpWorkdays: Object.freeze([...new Set(data.makeUpWorkdays)].sort()),
      }
    }
    packageByYear ??= indexPackageData(packageData)
    const known = packageByYear.get(year)
    if (known) {
      return {
        year,
        assumed: false,
        sourceKind: 'package',
        source: packageSource,
        holidays: Object.freeze(known.holidays),
        makeUpWorkdays: Object.freeze(known.workdays),
      }
    }
    return {
      year,
      assumed: true,
      sourceKind: 'assumed',
      source: 'assumed: Monday-Friday (no official schedule known)',
      holidays: Object.freeze([]),
      makeUpWorkdays: Object.freeze([]),
    }
  }

  function tableOf(year: number): YearTable {
    let table = tables.get(year)
    if (table) return table
    assertYear(year)
    const info = Object.freeze(describeYear(year))
    const firstEpochDay = firstEpochDayOfYear(year)
    const length = firstEpochDayOfYear(year + 1) - firstEpochDay
    const holidays = new Set(info.holidays.map(epochDayOf))
    const makeUp = new Set(info.makeUpWorkdays.map(epochDayOf))
    const working = new Uint8Array(length)
    const cumulative = new Uint16Array(length + 1)
    for (let i = 0; i < length; i++) {
      const epochDay = firstEpochDay + i
      const isWorking = makeUp.has(epochDay) || (!isWeekendEpochDay(epochDay) && !holidays.has(epochDay))
      working[i] = isWorking ? 1 : 0
      cumulative[i + 1] = (cumulative[i] ?? 0) + (isWorking ? 1 : 0)
    }
    table = { info, firstEpochDay, lastEpochDay: firstEpochDay + length - 1, working, cumulative }
    tables.set(year, table)
    return table
  }

  // The last table used: consecutive lookups nearly always stay in one year.
  let recent: YearTable | undefined
  function tableOfEpochDay(epochDay: number): YearTable {
    if (recent && epochDay >= recent.firstEpochDay && epochDay <= recent.lastEpochDay) return recent
    recent = tableOf(yearOfEpochDay(epochDay))
    return recent
  }

  function isWorkingEpochDay(epochDay: number): boolean {
    const table = tableOfEpochDay(epochDay)
    return table.working[epochDay - table.firstEpochDay] === 1
  }

  /** Working days among the days of its year up to and including `epochDay`. */
  function workingThrough(epochDay: number): number {
    const table = tableOfEpochDay(epochDay)
    return table.cumulative[epochDay - table.firstEpochDay + 1] ?? 0
  }

  function addWorkingEpochDays(epochDay: number, n: number): number {
    // n = 0 is the first working day from `epochDay` on: the first one after the day before. One
    // loop for every n: the generator asks for n = 0 rarely, and a branch of its own first met
    // with the generator compiled threw the compiled code away.
    const zero = n === 0 ? 1 : 0
    const step = n < 0 ? -1 : 1
    let current = epochDay - zero
    let remaining = Math.abs(n) + zero
    while (remaining > 0) {
      current += step
      if (isWorkingEpochDay(current)) remaining--
    }
    return current
  }

  /** Working days in (a, b] for a <= b. */
  function countWorkingDays(a: number, b: number): number {
    const yearA = yearOfEpochDay(a)
    const yearB = yearOfEpochDay(b)
    if (yearA === yearB) return workingThrough(b) - workingThrough(a)
    let count = (tableOf(yearA).cumulative.at(-1) ?? 0) - workingThrough(a)
    for (let year = yearA + 1; year < yearB; year++) count += tableOf(year).cumulative.at(-1) ?? 0
    return count + workingThrough(b)
  }

  function receiptEpochDay(receivedMs: number): number {
    if (!Number.isFinite(receivedMs)) throw new RangeError(`Not a finite instant: ${receivedMs}`)
    return Math.floor((receivedMs + CHINA_OFFSET_MS) / MS_PER_DAY)
  }

  function assertDeadlineCount(n: number): void {
    assertCount(n, 'Working-day limit')
    if (n < 0) throw new RangeError(`Working-day limit must not be negative: ${n}`)
  }

  function deadlineEpochDay(receivedMs: number, n: number): number {
    assertDeadlineCount(n)
    return addWorkingEpochDays(receiptEpochDay(receivedMs), n)
  }

  function anyAssumed(fromEpochDay: number, toEpochDay: number): boolean {
    const last = yearOfEpochDay(Math.max(fromEpochDay, toEpochDay))
    for (let year = yearOfEpochDay(Math.min(fromEpochDay, toEpochDay)); year <= last; year++) {
      if (tableOf(year).info.assumed) return true
    }
    return false
  }

  return {
    calendarYear: (year) => tableOf(year).info,
    isAssumedYear: (year) => tableOf(year).info.assumed,
    isWorkingDay: (day) => isWorkingEpochDay(epochDayOf(day)),
    nextWorkingDay: (day) => dayFromEpochDay(addWorkingEpochDays(epochDayOf(day), 1)),
    addWorkingDays(day, n) {
      assertCount(n, 'Working-day count')
      return dayFromEpochDay(addWorkingEpochDays(epochDayOf(day), n))
    },
    workingDaysBetween(a, b) {
      const first = epochDayOf(a)
      const second = epochDayOf(b)
      return first <= second ? countWorkingDays(first, second) : -countWorkingDays(second, first)
    },
    deadlineAfterWorkingDays: (receivedMs, n) =>
      (deadlineEpochDay(receivedMs, n) + 1) * MS_PER_DAY - CHINA_OFFSET_MS,
    deadlineUsesAssumedCalendar: (receivedMs, n) =>
      anyAssumed(receiptEpochDay(receivedMs), deadlineEpochDay(receivedMs, n)),
    rangeUsesAssumedCalendar: (from, to) => anyAssumed(epochDayOf(from), epochDayOf(to)),
    isWorkingEpochDay(epochDay) {
      assertCount(epochDay, 'Epoch day')
      return isWorkingEpochDay(epochDay)
    },
    addWorkingEpochDays(epochDay, n) {
      assertCount(epochDay, 'Epoch day')
      assertCount(n, 'Working-day count')
      return addWorkingEpochDays(epochDay, n)
    },
  }
}

/** The app's calendar: package data plus `calendar-data/`. */
export const workCalendar: WorkCalendar = createWorkCalendar({ supplied: suppliedCalendarYears })

/** One year's calendar (holidays, make-up workdays, whether it is assumed, its source). */
export function calendarYear(year: number): CalendarYear {
  return workCalendar.calendarYear(year)
}

/** True when `year` has no known official schedule and is served as Monday-Friday. */
export function isAssumedYear(year: number): boolean {
  return workCalendar.isAssumedYear(year)
}

/** True on a make-up workday, or a Monday-Friday that is not a holiday. */
export function isWorkingDay(day: ChinaDay): boolean {
  return workCalendar.isWorkingDay(day)
}

/** The first working day strictly after `day` (= addWorkingDays(day, 1)). */
export function nextWorkingDay(day: ChinaDay): ChinaDay {
  return workCalendar.nextWorkingDay(day)
}

/**
 * The nth working day after `day`, not counting `day` itself (the day of receipt is not counted).
 * n = 0: `day` when it is a working day, else the next working day (where a limit ending on a
 * rest day moves to). n < 0: the |n|th working day before `day`.
 * Consequence: for n >= 1 the result increases strictly with n, but n = 0 and n = 1 give the same
 * day when `day` is a rest day.
 */
export function addWorkingDays(day: ChinaDay, n: number): ChinaDay {
  return workCalendar.addWorkingDays(day, n)
}

/**
 * Working days after `a` up to and including `b` (negative, mirrored, when b is before a).
 * For n >= 1: workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(a: ChinaDay, b: ChinaDay): number {
  return workCalendar.workingDaysBetween(a, b)
}

/**
 * The deadline of an n-working-day limit for an item received at `receivedMs`: 24:00 China time
 * of the nth working day after the China day of receipt, returned as the instant 00:00+08:00 of
 * the following calendar day (the API's exclusive end: done on time iff completedAt < deadline).
 * n must be a non-negative integer; n = 0 ends with the receipt day (or the next working day).
 */
export function deadlineAfterWorkingDays(receivedMs: number, n: number): number {
  return workCalendar.deadlineAfterWorkingDays(receivedMs, n)
}

/**
 * True when counting that limit touches an assumed year (from the receipt day to the deadline's
 * last working day): the deadline may move when that year's official schedule is published.
 */
export function deadlineUsesAssumedCalendar(receivedMs: number, n: number): boolean {
  return workCalendar.deadlineUsesAssumedCalendar(receivedMs, n)
}

/** `isWorkingDay` for an epoch day (days since 1970-01-01, see china-time.ts): for hot loops. */
export function isWorkingEpochDay(epochDay: number): boolean {
  return workCalendar.isWorkingEpochDay(epochDay)
}

/** `addWorkingDays` on epoch days: for hot loops. */
export function addWorkingEpochDays(epochDay: number, n: number): number {
  return workCalendar.addWorkingEpochDays(epochDay, n)
}

/** True when any day from `from` to `to` lies in an assumed year. */
export function rangeUsesAssumedCalendar(from: ChinaDay, to: ChinaDay): boolean {
  return workCalendar.rangeUsesAssumedCalendar(from, to)
}
