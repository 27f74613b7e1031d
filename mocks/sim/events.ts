/**
 * The event calendar (`GET /events`; issue 8): dates that explain a spike. Codes only; the UI
 * translates them.
 *
 * - official holidays (`holiday`), each run of holiday days of the official calendar named by
 *   its season: a run holding 10-01 is National Day (2023's and 2025's joined Mid-Autumn
 *   included), 01-01 New Year, 05-01 Labour Day; otherwise January-February Spring Festival,
 *   April Qingming, May-June Dragon Boat, September-October Mid-Autumn;
 * - 3·15, World Consumer Rights Day (`consumerDay`), 03-15;
 * - shopping festivals (`shoppingFestival`): 618 (06-18), 双11 (11-11), 双12 (12-12), the
 *   festival day itself (the sales run up to it; complaints follow it);
 * - Rizhao's beach season (`touristSeason`), 07-01..08-31, the summer school holidays when the
 *   city's beaches draw most visitors.
 */
import { calendarYear } from './calendar'
import { dayFromEpochDay, epochDayOf, yearOf, type ChinaDay } from './china-time'
import type { Period } from './periods'

export const EVENT_KINDS = ['holiday', 'consumerDay', 'shoppingFestival', 'touristSeason'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_CODES = [
  'newYear',
  'springFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
  'consumerRightsDay',
  'shopping618',
  'double11',
  'double12',
  'beachSeason',
] as const
export type EventCode = (typeof EVENT_CODES)[number]

export interface CalendarEvent extends Period {
  readonly code: EventCode
  readonly kind: EventKind
}

/** Fixed-date events of every year: month-day of the first and last day. */
const FIXED_EVENTS: readonly { code: EventCode; kind: EventKind; from: string; to: string }[] = [
  { code: 'consumerRightsDay', kind: 'consumerDay', from: '03-15', to: '03-15' },
  { code: 'shopping618', kind: 'shoppingFestival', from: '06-18', to: '06-18' },
  { code: 'beachSeason', kind: 'touristSeason', from: '07-01', to: '08-31' },
  { code: 'double11', kind: 'shoppingFestival', from: '11-11', to: '11-11' },
  { code: 'double12', kind: 'shoppingFestival', from: '12-12', to: '12-12' },
]

/** The season of a run of official holiday days (see the module comment). */
export function holidayCodeOf(run: Period): EventCode {
  const days: string[] = []
  for (let e = epochDayOf(run.from); e <= epochDayOf(run.to); e++) days.push(dayFromEpochDay(e).slice(5))
  if (days.includes('10-01')) return 'nationalDay'
  if (days.includes('01-01')) return 'newYear'
  if (days.includes('05-01')) return 'labourDay'
  const month = Number(run.from.slice(5, 7))
  if (month <= 2) return 'springFestival'
  if (month <= 4) return 'qingming'
  if (month <= 6) return 'dragonBoat'
  return 'midAutumn'
}

/** The official holiday periods overlapping `from`..`to` (none in an assumed year). */
function holidayEvents(from: ChinaDay, to: ChinaDay): CalendarEvent[] {
  const days: ChinaDay[] = []
  // A year before and after: a New Year run crosses the year's end.
  for (let year = yearOf(from) - 1; year <= yearOf(to) + 1; year++) {
    try {
      days.push(...calendarYear(year).holidays)
    } catch {
      // A year outside the calendar's range has no holidays.
    }
  }
  const runs: { from: ChinaDay; to: ChinaDay }[] = []
  for (const day of days) {
    const last = runs[runs.length - 1]
    if (last && epochDayOf(day) === epochDayOf(last.to) + 1) last.to = day
    else runs.push({ from: day, to: day })
  }
  return runs
    .filter((run) => run.from <= to && from <= run.to)
    .map((run) => ({ code: holidayCodeOf(run), kind: 'holiday' as const, ...run }))
}

/** Every event overlapping `from`..`to`, by first day, then by code. */
export function eventsBetween(from: ChinaDay, to: ChinaDay): CalendarEvent[] {
  const events = holidayEvents(from, to)
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    for (const fixed of FIXED_EVENTS) {
      const event = {
        code: fixed.code,
        kind: fixed.kind,
        from: `${year}-${fixed.from}`,
        to: `${year}-${fixed.to}`,
      }
      if (event.from <= to && from <= event.to) events.push(event)
    }
  }
  return events.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.code < b.code ? -1 : 1))
}
