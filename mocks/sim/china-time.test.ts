// @vitest-environment node
// Pure logic: no DOM needed, and the node environment starts much faster than jsdom.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addDays,
  CHINA_OFFSET_MS,
  chinaDayOf,
  chinaTimePartsOf,
  dayFromEpochDay,
  daysBetween,
  eachDay,
  epochDayOf,
  isChinaDay,
  MS_PER_DAY,
  parseIsoInstant,
  startOfChinaDay,
  toChinaDay,
  toChinaIso,
  tryParseIsoInstant,
  weekdayOf,
  yearOf,
} from './china-time.ts'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('isChinaDay', () => {
  it('accepts real calendar dates only, written strictly', () => {
    for (const day of ['2026-11-28', '2024-02-29', '2000-02-29', '1970-01-01', '9999-12-31', '1000-01-01']) {
      expect(isChinaDay(day), day).toBe(true)
    }
    const bad: unknown[] = [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '26-01-05',
      '2026-01-05T00:00:00',
      ' 2026-01-05',
      '2026/01/05',
      '0999-12-31',
      '',
      20260105,
      null,
      undefined,
    ]
    for (const value of bad) expect(isChinaDay(value), String(value)).toBe(false)
  })

  it('toChinaDay throws a RangeError quoting the value', () => {
    expect(toChinaDay('2026-01-05')).toBe('2026-01-05')
    expect(() => toChinaDay('2026-02-30')).toThrow(/2026-02-30/)
  })
})

describe('China day of an instant', () => {
  it('counts the China day, not the UTC or local one, on either side of China midnight', () => {
    // 2026-11-28 00:00:00 +08:00 = 2026-11-27T16:00:00Z
    const midnight = Date.UTC(2026, 10, 27, 16)
    expect(chinaDayOf(midnight)).toBe('2026-11-28')
    expect(chinaDayOf(midnight - 1)).toBe('2026-11-27')
    expect(chinaDayOf(midnight - 1000)).toBe('2026-11-27')
    expect(startOfChinaDay('2026-11-28')).toBe(midnight)
  })

  it('handles instants before 1970', () => {
    expect(chinaDayOf(Date.UTC(1969, 11, 31, 16))).toBe('1970-01-01')
    expect(chinaDayOf(Date.UTC(1969, 11, 31, 15, 59, 59))).toBe('1969-12-31')
    expect(weekdayOf('1969-12-31')).toBe(3)
  })

  it('round-trips days and instants (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 60_000 }),
        fc.integer({ min: 0, max: MS_PER_DAY - 1 }),
        (e, t) => {
          const day = dayFromEpochDay(e)
          expect(epochDayOf(day)).toBe(e)
          expect(chinaDayOf(startOfChinaDay(day) + t)).toBe(day)
        },
      ),
      { seed: 1991 },
    )
  })

  it('agrees with Date.UTC on every day it parses and formats (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf('1000-01-01'), max: epochDayOf('9999-12-31') }), (e) => {
        const viaDate = new Date(e * MS_PER_DAY).toISOString().slice(0, 10)
        expect(dayFromEpochDay(e)).toBe(viaDate)
        expect(epochDayOf(viaDate)).toBe(e)
      }),
      { numRuns: 500, seed: 400 },
    )
    expect(() => dayFromEpochDay(epochDayOf('9999-12-31') + 1)).toThrow(RangeError)
    expect(() => dayFromEpochDay(epochDayOf('1000-01-01') - 1)).toThrow(RangeError)
  })

  it('gives the China wall-clock parts', () => {
    const parts = chinaTimePartsOf(Date.UTC(2026, 10, 28, 12, 3, 4, 5))
    expect(parts).toEqual({
      day: '2026-11-28',
      year: 2026,
      month: 11,
      date: 28,
      weekday: 6,
      hour: 20,
      minute: 3,
      second: 4,
      millisecond: 5,
    })
  })
})

describe('day arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15')
    expect(() => addDays('2026-06-15', 1.5)).toThrow(RangeError)
    expect(() => addDays('2026-06-31', 1)).toThrow(RangeError)
  })

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2026-11-28')).toBe(6)
    expect(weekdayOf('2026-11-29')).toBe(0)
    expect(weekdayOf('2026-02-14')).toBe(6)
    expect(weekdayOf('2026-09-20')).toBe(0)
    expect(weekdayOf('1970-01-01')).toBe(4)
  })

  it('counts signed days between', () => {
    expect(daysBetween('2026-01-01', '2026-01-03')).toBe(2)
    expect(daysBetween('2026-01-03', '2026-01-01')).toBe(-2)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
  })

  it('lists each day, both ends included', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
    expect(eachDay('2026-12-30', '2026-12-30')).toEqual(['2026-12-30'])
    expect(eachDay('2026-12-30', '2026-12-29')).toEqual([])
    expect(yearOf('2027-01-02')).toBe(2027)
  })
})

describe('ISO 8601', () => {
  it('writes China time with seconds precision and +08:00', () => {
    expect(toChinaIso(Date.UTC(2026, 10, 28, 12, 3))).toBe('2026-11-28T20:03:00+08:00')
    // Milliseconds are truncated, never rounded into the next second or day.
    expect(toChinaIso(startOfChinaDay('2026-11-29') - 1)).toBe('2026-11-28T23:59:59+08:00')
    expect(toChinaIso(Date.UTC(1969, 11, 31, 15, 59, 59, 500))).toBe('1969-12-31T23:59:59+08:00')
  })

  it('parses instants with Z or an offset, and rejects the rest', () => {
    const ms = Date.UTC(2026, 10, 28, 12, 3)
    expect(parseIsoInstant('2026-11-28T20:03:00+08:00')).toBe(ms)
    expect(parseIsoInstant('2026-11-28T12:03:00Z')).toBe(ms)
    expect(parseIsoInstant('2026-11-28T07:03-05:00')).toBe(ms)
    expect(parseIsoInstant('2026-11-28T12:03:00.250Z')).toBe(ms + 250)
    expect(parseIsoInstant('2026-11-28T12:03:00.2509Z')).toBe(ms + 250)
    expect(parseIsoInstant('2026-11-28T12:03:00.5Z')).toBe(ms + 500)
    for (const bad of [
      '2026-11-28T20:03:00',
      '2026-11-28',
      '2026-11-28 20:03:00+08:00',
      '2026-02-30T00:00:00Z',
      '2026-11-28T24:00:00Z',
      '2026-11-28T23:60:00Z',
      '2026-11-28T23:59:60Z',
      '2026-11-28T20:03:00+0800',
      '2026-11-28T20:03:00+24:00',
      '2026-11-28t20:03:00z',
      'garbage',
    ]) {
      expect(tryParseIsoInstant(bad), bad).toBeNull()
    }
    expect(() => parseIsoInstant('2026-11-28T20:03:00')).toThrow(/explicit offset/)
  })

  it('round-trips whole-second instants (property)', () => {
    const from = Date.UTC(2000, 0, 1) / 1000
    const to = Date.UTC(2040, 0, 1) / 1000
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (seconds) => {
        const ms = seconds * 1000
        expect(parseIsoInstant(toChinaIso(ms))).toBe(ms)
      }),
      { seed: 2026 },
    )
  })
})

describe('zone independence', () => {
  it('gives the same answers under UTC, America/New_York and Asia/Shanghai', () => {
    const instants = [
      Date.UTC(2026, 10, 27, 16) - 1,
      Date.UTC(2026, 10, 27, 16),
      Date.UTC(2026, 2, 8, 7, 30), // US DST starts 2026-03-08
      Date.UTC(2026, 10, 1, 6, 30), // US DST ends 2026-11-01
      Date.UTC(2026, 11, 31, 16),
    ]
    const snapshot = () =>
      instants.map((ms) => [
        chinaDayOf(ms),
        toChinaIso(ms),
        weekdayOf(chinaDayOf(ms)),
        startOfChinaDay(chinaDayOf(ms)),
        addDays(chinaDayOf(ms), 40),
        parseIsoInstant(toChinaIso(ms)),
      ])
    const localHours: number[] = []
    const results = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((zone) => {
      process.env.TZ = zone
      localHours.push(new Date(instants[1]!).getHours())
      return snapshot()
    })
    // The switch really happened: local getters disagree between the zones.
    expect(localHours).toEqual([16, 11, 0])
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
    expect(results[0]![1]![1]).toBe('2026-11-28T00:00:00+08:00')
    expect(CHINA_OFFSET_MS).toBe(8 * 3_600_000)
  })
})
