// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { eventsBetween, holidayCodeOf } from './events'

describe('the event calendar', () => {
  it('names the official holidays of 2026 by season, with the fixed-date events', () => {
    const events = eventsBetween('2026-01-01', '2026-12-31')
    const holidays = events.filter((e) => e.kind === 'holiday').map((e) => [e.code, e.from, e.to])
    expect(holidays).toContainEqual(['springFestival', '2026-02-15', '2026-02-23'])
    expect(holidays).toContainEqual(['labourDay', '2026-05-01', '2026-05-05'])
    expect(holidays).toContainEqual(['midAutumn', '2026-09-25', '2026-09-27'])
    expect(holidays).toContainEqual(['nationalDay', '2026-10-01', '2026-10-07'])
    expect(events).toContainEqual({
      code: 'consumerRightsDay',
      kind: 'consumerDay',
      from: '2026-03-15',
      to: '2026-03-15',
    })
    expect(events).toContainEqual({
      code: 'double11',
      kind: 'shoppingFestival',
      from: '2026-11-11',
      to: '2026-11-11',
    })
    expect(events).toContainEqual({
      code: 'beachSeason',
      kind: 'touristSeason',
      from: '2026-07-01',
      to: '2026-08-31',
    })
    const froms = events.map((e) => e.from)
    expect([...froms].sort()).toEqual(froms)
  })

  it('keeps only the events overlapping the period, a season cut by it included', () => {
    const events = eventsBetween('2026-08-20', '2026-09-30')
    expect(events.map((e) => e.code)).toEqual(['beachSeason', 'midAutumn'])
  })

  it('joins a Mid-Autumn run into National Day when they touch', () => {
    expect(holidayCodeOf({ from: '2025-10-01', to: '2025-10-08' })).toBe('nationalDay')
    expect(holidayCodeOf({ from: '2024-12-30', to: '2025-01-01' })).toBe('newYear')
    expect(holidayCodeOf({ from: '2026-06-19', to: '2026-06-21' })).toBe('dragonBoat')
    expect(holidayCodeOf({ from: '2026-04-04', to: '2026-04-06' })).toBe('qingming')
  })

  it('has no holidays in an assumed year, only the fixed dates', () => {
    const events = eventsBetween('2027-01-01', '2027-12-31')
    expect(events.filter((e) => e.kind === 'holiday')).toEqual([])
    expect(events.map((e) => e.code)).toEqual([
      'consumerRightsDay',
      'shopping618',
      'beachSeason',
      'double11',
      'double12',
    ])
  })
})
