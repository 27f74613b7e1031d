// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkReportByDay } from './report-by-day'
import { workingCalendar } from './working-days'

// 2026's National Day: 10/1-10/7 off, Saturday 10/10 a make-up working day.
const calendar = workingCalendar([
  {
    year: 2026,
    assumed: false,
    sourceKind: 'package',
    source: 'test',
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeUpWorkdays: ['2026-09-20', '2026-10-10'],
  },
])

describe('checkReportByDay', () => {
  it('refuses nothing, a malformed day and a day before today', () => {
    expect(checkReportByDay('', '2026-09-28', calendar)).toEqual({ kind: 'missing' })
    expect(checkReportByDay('2026-02-30', '2026-09-28', calendar)).toEqual({ kind: 'invalid' })
    expect(checkReportByDay('2026-09-27', '2026-09-28', calendar)).toEqual({ kind: 'past' })
  })

  it('takes today and working days, make-up Saturdays included', () => {
    expect(checkReportByDay('2026-09-28', '2026-09-28', calendar)).toEqual({ kind: 'ok' })
    expect(checkReportByDay('2026-10-10', '2026-09-28', calendar)).toEqual({ kind: 'ok' })
  })

  it('warns of a holiday or a weekend, with the next working day', () => {
    expect(checkReportByDay('2026-10-01', '2026-09-28', calendar)).toEqual({
      kind: 'holiday',
      nextWorkingDay: '2026-10-08',
    })
    expect(checkReportByDay('2026-10-11', '2026-09-28', calendar)).toEqual({
      kind: 'weekend',
      nextWorkingDay: '2026-10-12',
    })
  })
})
