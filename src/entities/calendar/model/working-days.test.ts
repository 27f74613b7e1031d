// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nationalDay2026 } from '../../../../tests/unit/national-day-2026'
import { isWorkingDay, workingCalendar, workingDaysBetween } from './working-days'

const calendar = nationalDay2026

describe('working days', () => {
  it('are weekdays outside holidays, and the make-up weekend days', () => {
    expect(isWorkingDay('2026-09-25', calendar)).toBe(true) // Friday
    expect(isWorkingDay('2026-09-26', calendar)).toBe(false) // Saturday
    expect(isWorkingDay('2026-09-27', calendar)).toBe(true) // Sunday, worked
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false) // Thursday, holiday
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true) // Saturday, worked
  })

  it('count the days after the first up to the last', () => {
    expect(workingDaysBetween('2026-09-21', '2026-09-21', calendar)).toBe(0)
    expect(workingDaysBetween('2026-09-21', '2026-09-22', calendar)).toBe(1)
    // Friday to Monday: the weekend does not count.
    expect(workingDaysBetween('2026-09-18', '2026-09-21', calendar)).toBe(1)
  })

  it('skip a holiday and count its make-up days', () => {
    // Wednesday 30 September to Thursday 8 October: only the 8th works (1-7 off).
    expect(workingDaysBetween('2026-09-30', '2026-10-08', calendar)).toBe(1)
    // Friday 25th to Monday 28th: Sunday the 27th is worked.
    expect(workingDaysBetween('2026-09-25', '2026-09-28', calendar)).toBe(2)
  })

  it('come out negative when the second day is earlier', () => {
    expect(workingDaysBetween('2026-09-22', '2026-09-18', calendar)).toBe(-2)
  })

  it('count Monday to Friday in a year without a calendar', () => {
    const none = workingCalendar([])
    expect(workingDaysBetween('2027-01-29', '2027-02-05', none)).toBe(5)
  })
})
