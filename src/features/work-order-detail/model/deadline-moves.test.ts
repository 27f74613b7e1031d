// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { deadlineMoves } from './deadline-moves'
import type { DeadlineEvent } from './work-order-detail'

const extension = (status: 'pending' | 'approved' | 'rejected', days: number): DeadlineEvent => ({
  type: 'extension',
  id: `ext-${status}`,
  requestedAt: '2026-11-03T10:00:00+08:00',
  extraWorkingDays: days,
  reason: '涉及多方协调',
  status,
  decidedAt: status === 'pending' ? null : '2026-11-03T15:00:00+08:00',
  decidedBy: status === 'pending' ? null : '副局长 李红',
})

describe('deadlineMoves', () => {
  it('moves the deadline by approved extensions and suspensions only', () => {
    const { moves, totalWorkingDays } = deadlineMoves([
      extension('approved', 10),
      extension('rejected', 5),
      extension('pending', 7),
      {
        type: 'suspension',
        id: 'sus',
        reason: 'testing',
        startedAt: '2026-11-05T10:00:00+08:00',
        endedAt: null,
        workingDays: 3,
      },
    ])
    expect(moves.map((move) => (move.type === 'return' ? null : move.movedWorkingDays))).toEqual([
      10, 0, 0, 3,
    ])
    expect(moves[3]).toMatchObject({ type: 'suspension', ongoing: true })
    expect(totalWorkingDays).toBe(13)
  })

  it('tells a late return from one in time, and adds no days for either', () => {
    const returned = (returnedAt: string): DeadlineEvent => ({
      type: 'return',
      id: returnedAt,
      fromUnit: 'dg-bureau',
      toUnit: 'dg-heshan',
      returnedAt,
      returnDeadlineAt: '2026-11-05T00:00:00+08:00',
      redispatchedAt: null,
      reason: '非本单位管辖',
    })
    const { moves, totalWorkingDays } = deadlineMoves([
      returned('2026-11-04T23:59:00+08:00'),
      returned('2026-11-05T00:01:00+08:00'),
    ])
    expect(moves.map((move) => move.type === 'return' && move.returnedLate)).toEqual([false, true])
    expect(totalWorkingDays).toBe(0)
  })
})
