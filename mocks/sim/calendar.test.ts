// @vitest-environment node
// Pure logic: no DOM needed, and the node environment starts much faster than jsdom.
import * as chineseDays from 'chinese-days'
import chineseDaysPackage from 'chinese-days/package.json'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  addWorkingEpochDays,
  calendarYear,
  CHINESE_DAYS_VERSION,
  createWorkCalendar,
  deadlineAfterWorkingDays,
  deadlineUsesAssumedCalendar,
  isAssumedYear,
  isWorkingDay,
  isWorkingEpochDay,
  nextWorkingDay,
  rangeUsesAssumedCalendar,
  workingDaysBetween,
} from './calendar.ts'
import {
  addDays,
  dayFromEpochDay,
  eachDay,
  epochDayOf,
  parseIsoInstant,
  toChinaIso,
  weekdayOf,
} from './china-time.ts'

// The zone this file's modules were loaded in (vitest.config.ts defaults it to America/New_York).
const loadZone = process.env.TZ
afterEach(() => {
  process.env.TZ = loadZone
})

const china = (iso: string) => parseIsoInstant(iso)
const deadlineIso = (receivedIso: string, n: number) =>
  toChinaIso(deadlineAfterWorkingDays(china(receivedIso), n))

describe('years from chinese-days', () => {
  it('serves the 2026 official schedule (State Council notice, domain brief)', () => {
    const year = calendarYear(2026)
    expect(year).toMatchObject({
      year: 2026,
      assumed: false,
      sourceKind: 'package',
      source: 'chinese-days@1.5.7',
    })
    expect(year.holidays).toEqual([
      ...eachDay('2026-01-01', '2026-01-03'),
      ...eachDay('2026-02-15', '2026-02-23'),
      ...eachDay('2026-04-04', '2026-04-06'),
      ...eachDay('2026-05-01', '2026-05-05'),
      ...eachDay('2026-06-19', '2026-06-21'),
      ...eachDay('2026-09-25', '2026-09-27'),
      ...eachDay('2026-10-01', '2026-10-07'),
    ])
    expect(year.makeUpWorkdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ])
    // 261 Monday-Fridays, 19 of them holidays, 6 make-up days.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248)
  })

  it('serves the 2025 official schedule', () => {
    const year = calendarYear(2025)
    expect(year.makeUpWorkdays).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ])
    expect(year.holidays).toEqual(
      expect.arrayContaining([
        '2025-01-01',
        ...eachDay('2025-01-28', '2025-02-04'),
        ...eachDay('2025-05-31', '2025-06-02'),
        ...eachDay('2025-10-01', '2025-10-08'),
      ]),
    )
    expect(year.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8)
  })

  it('2026 Spring Festival: off 2/15-2/23, make-up Saturdays 2/14 and 2/28', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isWorkingDay('2026-02-14')).toBe(true)
    for (const day of eachDay('2026-02-15', '2026-02-23')) expect(isWorkingDay(day), day).toBe(false)
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
    expect(isWorkingDay('2026-03-01')).toBe(false)
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-24')
    expect(addWorkingDays('2026-02-12', 2)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24')
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6)
  })

  it('2026 National Day: off 10/1-10/7, make-up 9/20 (Sunday) and 10/10 (Saturday)', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true)
    expect(isWorkingDay('2026-09-25')).toBe(false) // Mid-Autumn
    for (const day of eachDay('2026-10-01', '2026-10-07')) expect(isWorkingDay(day), day).toBe(false)
    expect(isWorkingDay('2026-10-08')).toBe(true)
    expect(isWorkingDay('2026-10-10')).toBe(true)
    expect(isWorkingDay('2026-10-11')).toBe(false)
    // A report lead received on Friday 2026-09-18: 15 working days run over two holiday periods.
    expect(addWorkingDays('2026-09-18', 15)).toBe('2026-10-15')
    expect(deadlineIso('2026-09-18T09:00:00+08:00', 15)).toBe('2026-10-16T00:00:00+08:00')
  })

  it('has consistent data for every year it knows (2004-2026)', () => {
    for (let y = 2004; y <= 2026; y++) {
      const year = calendarYear(y)
      expect(year.assumed, String(y)).toBe(false)
      expect(year.holidays.length, String(y)).toBeGreaterThan(10)
      const holidays = new Set(year.holidays)
      for (const day of year.makeUpWorkdays) {
        expect(holidays.has(day), day).toBe(false)
        expect([0, 6], day).toContain(weekdayOf(day))
      }
    }
    expect(isAssumedYear(2003)).toBe(true)
    expect(isAssumedYear(2004)).toBe(false)
  })

  it('names the installed package version as its source', () => {
    expect(CHINESE_DAYS_VERSION).toBe(chineseDaysPackage.version)
  })

  // Why calendar.ts reads the package's JSON rather than calling it: west of UTC its functions
  // are a day off even for plain 'YYYY-MM-DD' strings (an ordinary Saturday counts as a working
  // day, the Monday after as a rest day). If this starts failing after an upgrade, the package has
  // been fixed; the JSON stays correct either way.
  it.runIf(loadZone === 'America/New_York')('chinese-days functions are wrong in New York', () => {
    expect(chineseDays.isWorkday('2026-03-07')).toBe(true)
    expect(chineseDays.isWorkday('2026-03-09')).toBe(false)
    expect(isWorkingDay('2026-03-07')).toBe(false)
    expect(isWorkingDay('2026-03-09')).toBe(true)
  })
})

describe('assumed years', () => {
  it('serves 2027 as Monday-Friday, flagged', () => {
    expect(isAssumedYear(2027)).toBe(true)
    expect(calendarYear(2027)).toEqual({
      year: 2027,
      assumed: true,
      sourceKind: 'assumed',
      source: 'assumed: Monday-Friday (no official schedule known)',
      holidays: [],
      makeUpWorkdays: [],
    })
    expect(isWorkingDay('2027-01-01')).toBe(true) // a Friday; surely a holiday once published
    expect(isWorkingDay('2027-01-02')).toBe(false)
  })

  it('counts a 7-working-day limit from 2026-12-28 into 2027 and says it is assumed', () => {
    const received = china('2026-12-28T10:15:00+08:00')
    // 12/29, 12/30, 12/31, 1/1 (assumed working), 1/4, 1/5, 1/6
    expect(toChinaIso(deadlineAfterWorkingDays(received, 7))).toBe('2027-01-07T00:00:00+08:00')
    expect(deadlineUsesAssumedCalendar(received, 7)).toBe(true)
    expect(deadlineUsesAssumedCalendar(received, 3)).toBe(false) // ends 2026-12-31
    expect(deadlineUsesAssumedCalendar(china('2026-12-01T10:00:00+08:00'), 7)).toBe(false)
    expect(rangeUsesAssumedCalendar('2026-12-01', '2027-01-01')).toBe(true)
    expect(rangeUsesAssumedCalendar('2026-01-01', '2026-12-31')).toBe(false)
    expect(workingDaysBetween('2026-12-28', '2027-01-06')).toBe(7)
  })

  it('lets a year supplied as data win over the assumption', () => {
    const calendar = createWorkCalendar({
      supplied: [
        {
          year: 2027,
          source: 'test fixture',
          holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
          makeUpWorkdays: ['2027-01-09'],
        },
      ],
    })
    expect(calendar.isAssumedYear(2027)).toBe(false)
    expect(calendar.calendarYear(2027)).toMatchObject({ sourceKind: 'data', source: 'test fixture' })
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false)
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true)
    const received = china('2026-12-28T10:15:00+08:00')
    expect(toChinaIso(calendar.deadlineAfterWorkingDays(received, 7))).toBe('2027-01-08T00:00:00+08:00')
    expect(calendar.deadlineUsesAssumedCalendar(received, 7)).toBe(false)
    // The package's years are still there.
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true)
  })

  it('rejects malformed supplied years, naming the problem', () => {
    const make = (entry: unknown) => () => createWorkCalendar({ supplied: [entry] })
    const base = { year: 2027, source: 'x', holidays: [], makeUpWorkdays: [] }
    expect(make({ ...base, holidays: ['2027-02-30'] })).toThrow(/holidays\.0/)
    expect(make({ ...base, holidays: ['2028-01-01'] })).toThrow(/not in 2027/)
    expect(make({ ...base, makeUpWorkdays: ['2027-01-04'] })).toThrow(/not a weekend day/)
    expect(make({ ...base, holidays: ['2027-01-09'], makeUpWorkdays: ['2027-01-09'] })).toThrow(/both/)
    expect(make({ ...base, source: '' })).toThrow(/source/)
    expect(() => createWorkCalendar({ supplied: [base, base] })).toThrow(/twice/)
  })
})

describe('deadlines', () => {
  it('counts the China day of receipt either side of China midnight', () => {
    // Friday 2026-02-13 23:59:59 China time (15:59:59 UTC): counting starts on Saturday 2/14, a
    // make-up workday: 2/14, 2/24, 2/25, 2/26, 2/27, 2/28 (make-up), 3/2.
    expect(deadlineIso('2026-02-13T23:59:59+08:00', 7)).toBe('2026-03-03T00:00:00+08:00')
    expect(deadlineIso('2026-02-13T15:59:59Z', 7)).toBe('2026-03-03T00:00:00+08:00')
    // One second later it is 2/14 in China: 2/14 is not counted any more.
    expect(deadlineIso('2026-02-14T00:00:00+08:00', 7)).toBe('2026-03-04T00:00:00+08:00')
    expect(deadlineIso('2026-02-13T16:00:00Z', 7)).toBe('2026-03-04T00:00:00+08:00')
  })

  it('starts counting after a receipt on a holiday', () => {
    // Saturday 2026-10-03, National Day: 10/8, 10/9, 10/10 (make-up), 10/12 ... 10/15
    expect(deadlineIso('2026-10-03T10:00:00+08:00', 7)).toBe('2026-10-16T00:00:00+08:00')
    // n = 0 on a rest day: the limit ends with the next working day.
    expect(deadlineIso('2026-10-03T10:00:00+08:00', 0)).toBe('2026-10-09T00:00:00+08:00')
    expect(deadlineIso('2026-10-09T10:00:00+08:00', 0)).toBe('2026-10-10T00:00:00+08:00')
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08')
    expect(addWorkingDays('2026-10-08', 0)).toBe('2026-10-08')
  })

  it('ends at 24:00 China time of the last working day, i.e. 00:00+08:00 the next calendar day', () => {
    // Monday 2026-11-23 + 5 working days = Monday 11/30; the deadline is 12/01 00:00 +08:00.
    const deadline = deadlineAfterWorkingDays(china('2026-11-23T08:00:00+08:00'), 5)
    expect(deadline).toBe(Date.UTC(2026, 10, 30, 16))
    expect(toChinaIso(deadline)).toBe('2026-12-01T00:00:00+08:00')
  })

  it('counts backwards for negative n and rejects bad counts', () => {
    expect(addWorkingDays('2026-02-24', -1)).toBe('2026-02-14')
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30')
    expect(workingDaysBetween('2026-02-28', '2026-02-13')).toBe(-6)
    expect(() => addWorkingDays('2026-02-24', 1.5)).toThrow(RangeError)
    expect(() => deadlineAfterWorkingDays(0, -1)).toThrow(/negative/)
    expect(() => deadlineAfterWorkingDays(Number.NaN, 1)).toThrow(RangeError)
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => calendarYear(2026.5)).toThrow(RangeError)
  })
})

describe('properties', () => {
  // Days from 2003 (assumed) through 2004-2026 (package) into 2028 (assumed).
  const anyDay = fc
    .integer({ min: epochDayOf('2003-06-01'), max: epochDayOf('2028-06-30') })
    .map(dayFromEpochDay)

  it('addWorkingDays(d, n) is a working day, strictly increasing in n, and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const result = addWorkingDays(day, n)
        expect(isWorkingDay(result)).toBe(true)
        expect(result > addWorkingDays(day, n - 1) || (n === 1 && !isWorkingDay(day))).toBe(true)
        if (n > 1) expect(result > addWorkingDays(day, n - 1)).toBe(true)
        expect(workingDaysBetween(day, result)).toBe(n)
        expect(dayFromEpochDay(addWorkingEpochDays(epochDayOf(day), n))).toBe(result)
        expect(isWorkingEpochDay(epochDayOf(day))).toBe(isWorkingDay(day))
      }),
      { numRuns: 500, seed: 20261128 },
    )
  })

  it('n = 0 gives the day itself when working, else the next working day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const result = addWorkingDays(day, 0)
        expect(isWorkingDay(result)).toBe(true)
        expect(result === day).toBe(isWorkingDay(day))
        if (!isWorkingDay(day)) expect(result).toBe(nextWorkingDay(day))
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  it('workingDaysBetween equals a day-by-day count', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (from, span) => {
        const to = addDays(from, span)
        const counted = eachDay(addDays(from, 1), to).filter(isWorkingDay).length
        expect(workingDaysBetween(from, to)).toBe(counted)
      }),
      { numRuns: 200, seed: 42 },
    )
  })
})

describe('zone independence', () => {
  it('builds the identical 2026-2027 table under UTC, America/New_York and Asia/Shanghai', () => {
    const days = eachDay('2026-01-01', '2027-12-31')
    const received = [
      '2026-02-13T23:59:59+08:00',
      '2026-02-14T00:00:00+08:00',
      '2026-09-30T18:00:00+08:00',
      '2026-12-28T10:15:00+08:00',
    ]
    const snapshot = () => {
      // A fresh calendar, so nothing memoized under another zone is reused.
      const calendar = createWorkCalendar()
      return {
        working: days.map((day) => (calendar.isWorkingDay(day) ? '1' : '0')).join(''),
        y2026: calendar.calendarYear(2026),
        y2027: calendar.calendarYear(2027),
        deadlines: received.map((iso) => calendar.deadlineAfterWorkingDays(china(iso), 7)),
      }
    }
    const localDates: number[] = []
    const results = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((zone) => {
      process.env.TZ = zone
      localDates.push(new Date(china('2026-02-14T06:00:00+08:00')).getDate())
      return snapshot()
    })
    expect(localDates).toEqual([13, 13, 14]) // the zone really changed
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
    expect(results[0]!.working).toHaveLength(730)
  })
})
