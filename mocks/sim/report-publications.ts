/**
 * When each period's analysis report was published (public/openapi.yaml, `GET
 * /reports/{reportType}/{period}`), and the sixth timely rate (及时分析) built on it.
 *
 * - A report's deadline is 24:00 of the 1st (daily) or the `analysisPublication`th (monthly,
 *   quarterly; time-limits.ts, 5 by default) working day after its period ends.
 * - History: a period whose deadline ended before the clock's day has a seeded publication, drawn
 *   per (seed, type, period): most on a working day inside the limit, a few (`LATE_SHARE`) one to
 *   three working days late. A late one not yet reached by the clock is simply unpublished.
 * - Periods still inside their publication window are left to the users (the desk records);
 *   a user's publication always wins over the seeded one.
 */
import { addWorkingDays, deadlineAfterWorkingDays } from './calendar'
import {
  MS_PER_HOUR,
  MS_PER_SECOND,
  addDays,
  chinaDayOf,
  epochDayOf,
  startOfChinaDay,
  type ChinaDay,
} from './china-time'
import type { DeskRecords, ReportType } from './desk-records'
import { createRandom } from './random'
import type { TimeLimits } from './time-limits'

/** Share of seeded publications that miss their deadline [proposal: a realistic few]. */
export const LATE_SHARE = 0.06
/** Who publishes in the seeded history: the analysis desk (a role, not a person's name). */
export const SEEDED_PUBLISHER = '分析组'

export interface ReportPeriod {
  readonly type: ReportType
  readonly period: string
  readonly from: ChinaDay
  readonly to: ChinaDay
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(year: number, month: number): ChinaDay {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad2(month + 1)}-01`
  return addDays(next, -1)
}

/** The period a report covers, or null when `period` is not written as its type needs. */
export function reportPeriodOf(type: ReportType, period: string): ReportPeriod | null {
  if (type === 'daily') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period)
    if (!match) return null
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
    return { type, period, from: period, to: period }
  }
  if (type === 'monthly') {
    const match = /^(\d{4})-(\d{2})$/.exec(period)
    const [year, month] = [Number(match?.[1]), Number(match?.[2])]
    if (!match || month < 1 || month > 12) return null
    return { type, period, from: `${match[1] ?? ''}-${pad2(month)}-01`, to: lastDayOfMonth(year, month) }
  }
  const match = /^(\d{4})-Q([1-4])$/.exec(period)
  if (!match) return null
  const [year, quarter] = [Number(match[1]), Number(match[2])]
  const firstMonth = (quarter - 1) * 3 + 1
  return {
    type,
    period,
    from: `${match[1] ?? ''}-${pad2(firstMonth)}-01`,
    to: lastDayOfMonth(year, firstMonth + 2),
  }
}

/** The report period just before (环比): the day, month or quarter before. */
export function previousReportPeriod(report: ReportPeriod): ReportPeriod {
  const before = addDays(report.from, -1)
  const [year, month] = [Number(before.slice(0, 4)), Number(before.slice(5, 7))]
  const text =
    report.type === 'daily'
      ? before
      : report.type === 'monthly'
        ? monthPeriod(year, month)
        : `${year}-Q${Math.ceil(month / 3)}`
  const previous = reportPeriodOf(report.type, text)
  if (!previous) throw new Error(`No period before ${report.period}`)
  return previous
}

/** Working days allowed after the period's end. */
export function publicationLimit(type: ReportType, limits: TimeLimits): number {
  return type === 'daily' ? 1 : limits.analysisPublication
}

/** 24:00 of the last allowed working day, as the instant 00:00 +08:00 after it. */
export function publicationDeadline(report: ReportPeriod, limits: TimeLimits): number {
  return deadlineAfterWorkingDays(startOfChinaDay(report.to), publicationLimit(report.type, limits))
}

export interface Publication {
  readonly at: number
  readonly by: string
  readonly source: 'seeded' | 'user'
}

/** The seeded publication of a period whose deadline ended before `now`'s day (may lie after `now`). */
function seededPublication(
  seed: number,
  report: ReportPeriod,
  limits: TimeLimits,
  now: number,
  by: string,
): Publication | null {
  const deadline = publicationDeadline(report, limits)
  if (deadline > startOfChinaDay(chinaDayOf(now))) return null
  const random = createRandom(seed, 'report-publication', report.type, report.period)
  const limit = publicationLimit(report.type, limits)
  const late = random.chance(LATE_SHARE)
  const workingDay = late ? limit + random.int(1, 3) : random.int(1, limit)
  const day = addWorkingDays(report.to, workingDay)
  // Office hours, whole seconds.
  const seconds = random.int(9 * 3600, 17 * 3600)
  return { at: startOfChinaDay(day) + seconds * MS_PER_SECOND, by, source: 'seeded' }
}

/** The publication of a period as of `now` (null: not published yet). */
export function publicationOf(
  seed: number,
  report: ReportPeriod,
  limits: TimeLimits,
  records: DeskRecords,
  now: number,
): Publication | null {
  const user = records.publicationOf(report.type, report.period)
  if (user && user.at <= now) return { at: user.at, by: user.by, source: 'user' }
  const seeded = seededPublication(seed, report, limits, now, records.seededPublisher)
  return seeded && seeded.at <= now ? seeded : null
}

/** Published by the deadline; false when not published and the deadline passed; null otherwise. */
export function onTimeOf(publication: Publication | null, deadline: number, now: number): boolean | null {
  if (publication) return publication.at < deadline
  return now >= deadline ? false : null
}

function monthPeriod(year: number, month: number): string {
  return `${year}-${pad2(month)}`
}

/** Every report period of a type that ends between `from` and `to` (China days). */
export function periodsEnding(type: ReportType, from: ChinaDay, to: ChinaDay): ReportPeriod[] {
  const out: ReportPeriod[] = []
  if (type === 'daily') {
    for (let e = epochDayOf(from); e <= epochDayOf(to); e++) {
      const day = addDays(from, e - epochDayOf(from))
      const report = reportPeriodOf('daily', day)
      if (report) out.push(report)
    }
    return out
  }
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  while (`${year}-${pad2(month)}` <= to.slice(0, 7)) {
    const report =
      type === 'monthly'
        ? reportPeriodOf('monthly', monthPeriod(year, month))
        : month % 3 === 0
          ? reportPeriodOf('quarterly', `${year}-Q${month / 3}`)
          : null
    if (report && report.to >= from && report.to <= to) out.push(report)
    month++
    if (month === 13) {
      month = 1
      year++
    }
  }
  return out
}

export interface TimelyAnalysis {
  /** Analyses published by their deadline. */
  readonly numerator: number
  /** Analyses whose deadline fell in the period and whose outcome is known at `now`. */
  readonly denominator: number
}

/**
 * 及时分析 for a period: daily, monthly and quarterly analyses whose publication deadline (its
 * last working day) fell from `from` to `to`, counted once their outcome is known at `now`
 * (published, or the deadline passed); the numerator those published before their deadline.
 */
export function timelyAnalysis(
  seed: number,
  limits: TimeLimits,
  records: DeskRecords,
  now: number,
  period: { from: ChinaDay; to: ChinaDay },
): TimelyAnalysis {
  let numerator = 0
  let denominator = 0
  // A deadline lies at most a few weeks after its period's end (holidays included).
  const earliestEnd = addDays(period.from, -40)
  for (const type of ['daily', 'monthly', 'quarterly'] as const) {
    for (const report of periodsEnding(type, earliestEnd, period.to)) {
      const deadline = publicationDeadline(report, limits)
      const lastDay = chinaDayOf(deadline - 1)
      if (lastDay < period.from || lastDay > period.to) continue
      const publication = publicationOf(seed, report, limits, records, now)
      const onTime = onTimeOf(publication, deadline, now)
      if (onTime === null) continue
      denominator++
      if (onTime) numerator++
    }
  }
  return { numerator, denominator }
}

/** Publication hours in the seeded history, for tests. */
export const OFFICE_HOURS_MS = { from: 9 * MS_PER_HOUR, to: 17 * MS_PER_HOUR }
