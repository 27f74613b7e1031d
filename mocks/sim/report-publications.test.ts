// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isWorkingDay } from './calendar'
import { chinaDayOf, chinaTimePartsOf, parseIsoInstant, toChinaIso } from './china-time'
import { DeskRecords } from './desk-records'
import {
  LATE_SHARE,
  onTimeOf,
  publicationDeadline,
  publicationOf,
  reportPeriodOf,
  timelyAnalysis,
  type ReportPeriod,
} from './report-publications'
import { DEFAULT_TIME_LIMITS } from './time-limits'

const SEED = 20_230_101
const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

function period(type: 'daily' | 'monthly' | 'quarterly', text: string): ReportPeriod {
  const report = reportPeriodOf(type, text)
  if (!report) throw new Error(`bad period ${text}`)
  return report
}

describe('report periods and deadlines', () => {
  it('reads each type in its own form only', () => {
    expect(reportPeriodOf('monthly', '2026-02')).toEqual({
      type: 'monthly',
      period: '2026-02',
      from: '2026-02-01',
      to: '2026-02-28',
    })
    expect(reportPeriodOf('quarterly', '2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' })
    expect(reportPeriodOf('daily', '2028-02-29')).toMatchObject({ from: '2028-02-29', to: '2028-02-29' })
    for (const [type, text] of [
      ['daily', '2026-02-30'],
      ['daily', '2026-02'],
      ['monthly', '2026-13'],
      ['monthly', '2026-Q1'],
      ['quarterly', '2026-Q5'],
      ['quarterly', '2026-03'],
    ] as const)
      expect(reportPeriodOf(type, text)).toBeNull()
  })

  it('ends at 24:00 of the 1st (daily) or 5th working day after the period, holidays and make-up days counted', () => {
    // National Day 10-01..10-07; 10-10 (Saturday) is a make-up working day.
    expect(toChinaIso(publicationDeadline(period('monthly', '2026-09'), DEFAULT_TIME_LIMITS))).toBe(
      '2026-10-14T00:00:00+08:00',
    )
    // A Friday's daily report is due by the end of Monday.
    expect(toChinaIso(publicationDeadline(period('daily', '2026-11-27'), DEFAULT_TIME_LIMITS))).toBe(
      '2026-12-01T00:00:00+08:00',
    )
  })
})

describe('the seeded publication history', () => {
  it('publishes past periods on working days in office hours, most in time and a few late', () => {
    const records = new DeskRecords()
    let late = 0
    let total = 0
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 28; day++) {
        const report = period(
          'daily',
          `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        )
        const publication = publicationOf(SEED, report, DEFAULT_TIME_LIMITS, records, NOW)
        expect(publication).not.toBeNull()
        if (!publication) continue
        expect(isWorkingDay(chinaDayOf(publication.at))).toBe(true)
        const { hour } = chinaTimePartsOf(publication.at)
        expect(hour >= 9 && hour <= 17).toBe(true)
        expect(publication.at).toBeGreaterThan(parseIsoInstant(`${report.to}T23:59:59+08:00`))
        total++
        if (!onTimeOf(publication, publicationDeadline(report, DEFAULT_TIME_LIMITS), NOW)) late++
      }
    }
    expect(late / total).toBeGreaterThan(LATE_SHARE / 3)
    expect(late / total).toBeLessThan(LATE_SHARE * 2)
  })

  it('leaves a period inside its publication window to the users, whose publication wins', () => {
    const records = new DeskRecords()
    const yesterday = period('daily', '2026-11-27')
    expect(publicationOf(SEED, yesterday, DEFAULT_TIME_LIMITS, records, NOW)).toBeNull()
    expect(onTimeOf(null, publicationDeadline(yesterday, DEFAULT_TIME_LIMITS), NOW)).toBeNull()
    records.publish({ type: 'daily', period: '2026-11-27', at: NOW, by: '王建国' })
    expect(publicationOf(SEED, yesterday, DEFAULT_TIME_LIMITS, records, NOW)).toEqual({
      at: NOW,
      by: '王建国',
      source: 'user',
    })
  })
})

describe('timely analysis (及时分析)', () => {
  it('counts the analyses due in the period whose outcome is known, and those published in time', () => {
    const records = new DeskRecords()
    const october = { from: '2026-10-01', to: '2026-10-31' }
    const result = timelyAnalysis(SEED, DEFAULT_TIME_LIMITS, records, NOW, october)
    // Recount by hand: every daily, monthly and quarterly report whose deadline's last day is in October.
    let due = 0
    let onTime = 0
    const candidates: ReportPeriod[] = [period('monthly', '2026-09'), period('quarterly', '2026-Q3')]
    for (let day = 1; day <= 31 + 30; day++) {
      const date = new Date(Date.UTC(2026, 8, day)).toISOString().slice(0, 10)
      candidates.push(period('daily', date))
    }
    for (const report of candidates) {
      const deadline = publicationDeadline(report, DEFAULT_TIME_LIMITS)
      const lastDay = chinaDayOf(deadline - 1)
      if (lastDay < october.from || lastDay > october.to) continue
      due++
      if (onTimeOf(publicationOf(SEED, report, DEFAULT_TIME_LIMITS, records, NOW), deadline, NOW)) onTime++
    }
    expect(result).toEqual({ numerator: onTime, denominator: due })
    expect(result.denominator).toBeGreaterThan(20)
    expect(result.numerator).toBeLessThanOrEqual(result.denominator)
  })

  it('adds a user publication once it is made, in time', () => {
    const records = new DeskRecords()
    const december = { from: '2026-12-01', to: '2026-12-01' }
    // Yesterday's report falls due on 2026-11-30 (Monday): not yet known at the clock.
    const week = { from: '2026-11-30', to: '2026-11-30' }
    expect(timelyAnalysis(SEED, DEFAULT_TIME_LIMITS, records, NOW, week)).toEqual({
      numerator: 0,
      denominator: 0,
    })
    records.publish({ type: 'daily', period: '2026-11-27', at: NOW, by: '王建国' })
    expect(timelyAnalysis(SEED, DEFAULT_TIME_LIMITS, records, NOW, week)).toEqual({
      numerator: 1,
      denominator: 1,
    })
    expect(timelyAnalysis(SEED, DEFAULT_TIME_LIMITS, records, NOW, december)).toEqual({
      numerator: 0,
      denominator: 0,
    })
  })
})
