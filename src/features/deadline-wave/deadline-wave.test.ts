// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nationalDay2026 } from '../../../tests/unit/national-day-2026'
import { deadlineWave, waveDays } from './deadline-wave'

const calendar = nationalDay2026

describe('the deadline wave', () => {
  it('covers today and the next working days, over weekends and holidays', () => {
    expect(waveDays('2026-09-29', calendar)).toEqual([
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ])
    // A Saturday off: the wave starts on Monday.
    expect(waveDays('2026-09-19', calendar, 2)).toEqual(['2026-09-21', '2026-09-22'])
  })

  it('counts open items by unit and the day their deadline ends, most loaded unit first', () => {
    const days = waveDays('2026-09-29', calendar)
    const now = Date.parse('2026-09-29T09:00:00+08:00')
    const wave = deadlineWave(
      [
        // Ends on the 29th (a deadline at 00:00 ends the day before).
        { unit: 'b', dueAt: '2026-09-30T00:00:00+08:00', closed: false },
        { unit: 'a', dueAt: '2026-09-29T17:00:00+08:00', closed: false },
        { unit: 'a', dueAt: '2026-10-09T00:00:00+08:00', closed: false },
        { unit: 'a', dueAt: '2026-10-10T12:00:00+08:00', closed: false },
        // Not in the wave: overdue already, closed, no deadline, beyond the fifth working day.
        { unit: 'c', dueAt: '2026-09-29T08:00:00+08:00', closed: false },
        { unit: 'c', dueAt: '2026-09-30T00:00:00+08:00', closed: true },
        { unit: 'c', dueAt: null, closed: false },
        { unit: 'c', dueAt: '2026-10-12T00:00:00+08:00', closed: false },
      ],
      days,
      now,
    )
    expect(wave.units).toEqual([
      { unit: 'a', counts: [1, 0, 1, 0, 1], total: 3 },
      { unit: 'b', counts: [1, 0, 0, 0, 0], total: 1 },
    ])
    expect(wave.totals).toEqual([2, 0, 1, 0, 1])
  })
})
