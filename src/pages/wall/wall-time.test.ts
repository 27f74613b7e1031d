import { describe, expect, it } from 'vitest'
import { clockOffsetMs, dataAgeMs, dayMark, staleLevel } from './wall-time'

describe('clockOffsetMs', () => {
  const received = Date.parse('2026-12-05T10:00:00Z')

  it('is the server time minus the browser time when the answer came', () => {
    expect(clockOffsetMs('2026-12-05T18:02:30+08:00', received)).toBe(150_000)
    expect(clockOffsetMs('2026-12-05T09:59:00Z', received)).toBe(-60_000)
  })

  it('ignores a gap within a second (network delay)', () => {
    expect(clockOffsetMs('2026-12-05T18:00:00.800+08:00', received)).toBe(0)
  })

  it('is 0 without a usable answer', () => {
    expect(clockOffsetMs(undefined, received)).toBe(0)
    expect(clockOffsetMs('not a time', received)).toBe(0)
    expect(clockOffsetMs('2026-12-05T18:02:30+08:00', 0)).toBe(0)
  })
})

describe('staleLevel', () => {
  const refresh = 30_000

  it('is fresh up to two refresh intervals', () => {
    expect(staleLevel(0, refresh)).toBe('fresh')
    expect(staleLevel(60_000, refresh)).toBe('fresh')
  })

  it('warns after two intervals', () => {
    expect(staleLevel(60_001, refresh)).toBe('warn')
    expect(staleLevel(10 * 60_000, refresh)).toBe('warn')
  })

  it('is an error after ten minutes, even with long intervals', () => {
    expect(staleLevel(10 * 60_000 + 1, refresh)).toBe('error')
    expect(staleLevel(11 * 60_000, 3_600_000)).toBe('error')
    expect(staleLevel(Number.POSITIVE_INFINITY, refresh)).toBe('error')
  })
})

describe('dataAgeMs', () => {
  it('measures from asOf, never below zero', () => {
    const asOf = '2026-12-05T18:00:00+08:00'
    expect(dataAgeMs(asOf, Date.parse('2026-12-05T10:05:00Z'))).toBe(300_000)
    expect(dataAgeMs(asOf, Date.parse('2026-12-05T09:59:00Z'))).toBe(0)
    expect(dataAgeMs('garbage', 0)).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('dayMark', () => {
  const calendar = { holidays: ['2026-10-01'], makeUpWorkdays: ['2026-10-10'] }
  it('marks holidays and make-up working days', () => {
    expect(dayMark('2026-10-01', calendar)).toBe('holiday')
    expect(dayMark('2026-10-10', calendar)).toBe('makeUpWorkday')
    expect(dayMark('2026-10-12', calendar)).toBeNull()
    expect(dayMark('2026-10-01', undefined)).toBeNull()
  })
})
