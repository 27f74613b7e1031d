import { describe, expect, it } from 'vitest'
import { deadlineReachDays, yearsDeadlinesReach } from './deadline-years'

describe('yearsDeadlinesReach', () => {
  it('is this year alone early in the year', () => {
    expect(yearsDeadlinesReach('2026-03-15')).toEqual([2026])
  })

  it(`adds next year from ${deadlineReachDays} days before New Year`, () => {
    expect(yearsDeadlinesReach('2026-09-02')).toEqual([2026])
    expect(yearsDeadlinesReach('2026-09-03')).toEqual([2026, 2027])
    expect(yearsDeadlinesReach('2026-11-28')).toEqual([2026, 2027])
    expect(yearsDeadlinesReach('2026-12-31')).toEqual([2026, 2027])
    expect(yearsDeadlinesReach('2027-01-01')).toEqual([2027])
  })
})
