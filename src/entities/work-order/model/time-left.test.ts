// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nationalDay2026 } from '../../../../tests/unit/national-day-2026'
import { timeLeft } from './time-left'

const calendar = nationalDay2026
const at = (chinaTime: string) => Date.parse(`${chinaTime}+08:00`)
const open = (dueAt: string | null) => ({ closed: false, dueAt })

describe('time left', () => {
  it('counts working days left, on track beyond the warning window', () => {
    // Due at the end of Friday the 25th, seen on Monday the 21st: four working days left.
    expect(timeLeft(open('2026-09-26T00:00:00+08:00'), at('2026-09-21T09:00:00'), calendar)).toEqual({
      state: 'onTrack',
      workingDays: 4,
      deadlineDay: '2026-09-25',
    })
  })

  it('warns inside the window: due the next working day, and due today', () => {
    const due = open('2026-09-26T00:00:00+08:00')
    expect(timeLeft(due, at('2026-09-24T10:00:00'), calendar)).toMatchObject({
      state: 'warning',
      workingDays: 1,
    })
    expect(timeLeft(due, at('2026-09-25T23:59:00'), calendar)).toMatchObject({
      state: 'warning',
      workingDays: 0,
    })
    // A wider window (two working days) warns a day earlier.
    expect(timeLeft(due, at('2026-09-23T10:00:00'), calendar, 2)).toMatchObject({ state: 'warning' })
  })

  it('does not count a holiday as time left', () => {
    // Due at the end of Thursday 8 October, seen on Wednesday 30 September: only the 8th is a
    // working day between, so the item is inside the one-day window despite eight calendar days.
    expect(timeLeft(open('2026-10-09T00:00:00+08:00'), at('2026-09-30T09:00:00'), calendar)).toMatchObject({
      state: 'warning',
      workingDays: 1,
      deadlineDay: '2026-10-08',
    })
  })

  it('counts overdue working days once the deadline has passed', () => {
    const due = open('2026-09-26T00:00:00+08:00')
    expect(timeLeft(due, at('2026-09-26T00:00:00'), calendar)).toMatchObject({
      state: 'overdue',
      workingDays: 0,
    })
    // Saturday the 26th does not count; Sunday the 27th (worked) and Monday the 28th do.
    expect(timeLeft(due, at('2026-09-28T08:00:00'), calendar)).toMatchObject({
      state: 'overdue',
      workingDays: 2,
    })
  })

  it('has nothing to count for a closed item or one without a deadline', () => {
    expect(
      timeLeft({ closed: true, dueAt: '2026-09-26T00:00:00+08:00' }, at('2026-10-20T08:00:00'), calendar),
    ).toEqual({
      state: 'closed',
    })
    expect(timeLeft(open(null), at('2026-10-20T08:00:00'), calendar)).toEqual({ state: 'noDeadline' })
  })
})
