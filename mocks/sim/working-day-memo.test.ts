// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { addWorkingEpochDays, isWorkingEpochDay } from './calendar'
import { epochDayOf } from './china-time'
import { WorkingDayMemo } from './working-day-memo'

describe('working-day memo', () => {
  it("gives the calendar's answers, asked once or again, near and far from the first day", () => {
    const memo = new WorkingDayMemo()
    const first = epochDayOf('2026-01-01')
    const days = [first, first - 400, first + 300, epochDayOf('2024-10-01'), first + 9000, first - 9000]
    for (let pass = 0; pass < 2; pass++) {
      for (const start of days) {
        for (let e = start; e < start + 40; e++) {
          expect(memo.isWorking(e)).toBe(isWorkingEpochDay(e))
          for (const n of [0, 1, 2, 5, 7, 45, 63, 64, 70]) {
            expect(memo.nthAfter(e, n)).toBe(addWorkingEpochDays(e, n))
          }
        }
      }
    }
  })
})
