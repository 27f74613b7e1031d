import { describe, expect, it } from 'vitest'
import { chinaMinuteOfDay, formatQuietHours, isQuietAt, parseQuietHours } from './quiet-hours'

const at = (iso: string) => Date.parse(iso)

describe('quiet hours', () => {
  it('reads HH:MM-HH:MM as minutes after China midnight', () => {
    expect(parseQuietHours('22:00-07:00')).toEqual({ start: 1320, end: 420 })
    expect(parseQuietHours('7:05-9:30')).toEqual({ start: 425, end: 570 })
    expect(formatQuietHours({ start: 425, end: 570 })).toBe('07:05-09:30')
  })

  it('ignores a bad range, and one that starts where it ends', () => {
    for (const text of ['', '22:00', '24:00-07:00', '22:00-7', 'all night', '08:00-08:00', '7:00-07:00']) {
      expect(parseQuietHours(text)).toBeNull()
    }
  })

  it('tells the China minute of an instant, whatever the browser zone', () => {
    expect(chinaMinuteOfDay(at('2026-11-28T22:30:00+08:00'))).toBe(22 * 60 + 30)
    expect(chinaMinuteOfDay(at('2026-11-28T16:00:00Z'))).toBe(0)
    expect(chinaMinuteOfDay(at('1969-12-31T23:59:00+08:00'))).toBe(23 * 60 + 59)
  })

  it('is quiet inside a range that spans midnight, end excluded', () => {
    const night = parseQuietHours('22:00-07:00')
    expect(isQuietAt(night, at('2026-11-28T21:59:00+08:00'))).toBe(false)
    expect(isQuietAt(night, at('2026-11-28T22:00:00+08:00'))).toBe(true)
    expect(isQuietAt(night, at('2026-11-29T00:00:00+08:00'))).toBe(true)
    expect(isQuietAt(night, at('2026-11-29T06:59:59+08:00'))).toBe(true)
    expect(isQuietAt(night, at('2026-11-29T07:00:00+08:00'))).toBe(false)
    expect(isQuietAt(night, at('2026-11-29T12:00:00+08:00'))).toBe(false)
  })

  it('is quiet inside a range within one day', () => {
    const lunch = parseQuietHours('12:00-13:30')
    expect(isQuietAt(lunch, at('2026-11-28T11:59:00+08:00'))).toBe(false)
    expect(isQuietAt(lunch, at('2026-11-28T12:45:00+08:00'))).toBe(true)
    expect(isQuietAt(lunch, at('2026-11-28T13:30:00+08:00'))).toBe(false)
    // 12:45 in New York is 01:45 in China: outside.
    expect(isQuietAt(lunch, at('2026-11-28T12:45:00-05:00'))).toBe(false)
  })

  it('is never quiet without a range', () => {
    expect(isQuietAt(null, at('2026-11-28T03:00:00+08:00'))).toBe(false)
  })
})
