import { describe, expect, it } from 'vitest'
import { addDays, daysInRange, endOfMonth, isChinaDay, startOfWeek } from './china-days'
import { customRangeProblem, resolvePeriod } from './resolve-period'

describe('china days', () => {
  it('accepts real calendar days only', () => {
    expect(isChinaDay('2024-02-29')).toBe(true)
    expect(isChinaDay('2026-02-29')).toBe(false)
    expect(isChinaDay('2026-13-01')).toBe(false)
    expect(isChinaDay('2026-1-01')).toBe(false)
  })

  it('counts and moves days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysInRange('2026-01-01', '2026-12-31')).toBe(365)
    expect(daysInRange('2026-12-05', '2026-12-05')).toBe(1)
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29')
  })

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-12-05')).toBe('2026-11-30') // a Saturday
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30') // Sunday ends the week
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30')
  })
})

describe('resolvePeriod', () => {
  const today = '2026-12-05'

  it.each([
    ['today', '2026-12-05', '2026-12-05'],
    ['week', '2026-11-30', '2026-12-05'],
    ['month', '2026-12-01', '2026-12-05'],
    ['quarter', '2026-10-01', '2026-12-05'],
    ['year', '2026-01-01', '2026-12-05'],
    ['janFeb', '2026-01-01', '2026-02-28'],
  ] as const)('%s runs from %s to %s', (choice, from, to) => {
    expect(resolvePeriod(choice, today)).toEqual({ from, to })
  })

  it('runs January–February up to today while they last, to 29 February in leap years', () => {
    expect(resolvePeriod('janFeb', '2028-02-10')).toEqual({ from: '2028-01-01', to: '2028-02-10' })
    expect(resolvePeriod('janFeb', '2028-03-01')).toEqual({ from: '2028-01-01', to: '2028-02-29' })
  })

  it('uses a valid custom range and falls back to today otherwise', () => {
    expect(resolvePeriod('custom', today, { from: '2026-03-01', to: '2026-03-15' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-15',
    })
    expect(resolvePeriod('custom', today, { from: '2026-03-15', to: '2026-03-01' })).toEqual({
      from: today,
      to: today,
    })
    expect(resolvePeriod('custom', today)).toEqual({ from: today, to: today })
  })

  it('names what is wrong with a custom range', () => {
    expect(customRangeProblem(undefined, '2026-03-01', today)).toBe('missing')
    expect(customRangeProblem('2026-02-30', '2026-03-01', today)).toBe('invalid')
    expect(customRangeProblem('2026-03-02', '2026-03-01', today)).toBe('reversed')
    expect(customRangeProblem('2026-12-01', '2026-12-06', today)).toBe('future')
    expect(customRangeProblem('2023-01-01', '2026-12-05', today)).toBe('tooLong')
    expect(customRangeProblem('2023-12-06', '2026-12-05', today)).toBeNull()
  })
})
