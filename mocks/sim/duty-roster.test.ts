// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { dutyRoster } from './duty-roster'

describe('the duty roster', () => {
  it('has a leader all day and officers for day and night, reinforced on rest days', () => {
    const days = dutyRoster(1, '2026-09-28', '2026-10-11')
    expect(days).toHaveLength(14)
    for (const day of days) {
      expect(day.shifts.filter((s) => s.duty === 'leader' && s.shift === 'allDay')).toHaveLength(1)
      expect(day.shifts.some((s) => s.duty === 'officer' && s.shift === 'night')).toBe(true)
      const dayOfficers = day.shifts.filter((s) => s.duty === 'officer' && s.shift === 'day')
      expect(dayOfficers).toHaveLength(day.workingDay ? 1 : 2)
      expect(new Set(day.shifts.map((s) => s.name)).size).toBe(day.shifts.length)
    }
    // National Day is a holiday; 2026-10-10 (a Saturday) is a make-up working day.
    expect(days.find((d) => d.date === '2026-10-01')?.workingDay).toBe(false)
    expect(days.find((d) => d.date === '2026-10-10')?.workingDay).toBe(true)
  })

  it('is the same for the same seed, whatever the requested period', () => {
    const whole = dutyRoster(7, '2026-11-01', '2026-11-30')
    const part = dutyRoster(7, '2026-11-10', '2026-11-12')
    expect(part).toEqual(whole.slice(9, 12))
    expect(dutyRoster(8, '2026-11-10', '2026-11-12')).not.toEqual(part)
  })
})
