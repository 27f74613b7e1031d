// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  PACKED_SLOTS,
  STAGE,
  StagePacker,
  packedStages,
  stageCompletedAt,
  stageDeadlineAt,
  stageRecord,
} from './packed-stages'
import { STAGES_BY_KIND, type Stage, type StageCode } from './work-order'

type StageMap = Readonly<Partial<Record<StageCode, Stage>>>

describe('packed stages', () => {
  it('reads back every stage, null limits and a missing stage as drawn', () => {
    const packer = new StagePacker()
    const refused: Partial<Record<StageCode, Stage>> = {
      received: { deadlineAt: null, completedAt: 1_000 },
      dispatched: { deadlineAt: 5_000, completedAt: 2_000 },
      signed: { deadlineAt: 6_000, completedAt: 3_000 },
      accepted: { deadlineAt: 7_000, completedAt: null },
      closed: { deadlineAt: 8_000, completedAt: 4_000 },
      replied: { deadlineAt: 9_000, completedAt: 4_500 },
      followUp: { deadlineAt: 9_500, completedAt: 4_600 },
    }
    const consultation = {
      received: { deadlineAt: null, completedAt: 10 },
      answered: { deadlineAt: 20, completedAt: 15 },
      closed: { deadlineAt: 20, completedAt: 15 },
    }
    const a = packer.pack('complaint', refused)
    const b = packer.pack('consultation', consultation)
    const c = packer.packConsultation(10, 20, 15)
    const day = packer.finish()
    expect(stageRecord('consultation', packedStages(day, c, 'consultation'))).toEqual(consultation)
    expect(a.mediated).toBeUndefined()
    expect(a.verified).toBeUndefined()
    expect(a.accepted).toEqual({ deadlineAt: 7_000, completedAt: null })
    expect(stageRecord('complaint', a)).toEqual(refused)
    expect(Object.keys(stageRecord('complaint', a))).toEqual(Object.keys(refused))
    expect(stageRecord('consultation', b)).toEqual(consultation)
    expect(b.dispatched).toBeUndefined()
  })

  it('keeps the stages of earlier orders and days when a day outgrows its block', () => {
    const packer = new StagePacker()
    const packDay = (count: number, offset: number): StageMap[] =>
      Array.from({ length: count }, (_, i) =>
        packer.pack('report', {
          received: { deadlineAt: null, completedAt: offset + i },
          closed: { deadlineAt: offset + i + 2, completedAt: offset + i + 1 },
        }),
      )
    const expectDay = (packed: StageMap[], offset: number): void => {
      packed.forEach((stages, i) => {
        expect(stages.received?.completedAt).toBe(offset + i)
        expect(stages.closed).toEqual({ deadlineAt: offset + i + 2, completedAt: offset + i + 1 })
        expect(stages.verified).toBeUndefined()
      })
    }
    const first = packDay(600, 0)
    packer.finish()
    // More than a block's 65,536 slots: the day moves to a new block while it is drawn.
    const second = packDay(9000, 1_000_000)
    const secondDay = packer.finish()
    const third = packDay(3, 2_000_000)
    packer.finish()
    expect(secondDay.times.length).toBe(9000 * PACKED_SLOTS.report)
    expectDay(first, 0)
    expectDay(second, 1_000_000)
    expectDay(third, 2_000_000)
  })

  it('reads each stage alike through its getter, its number and the readers by name', () => {
    const packer = new StagePacker()
    packer.begin('complaint')
    STAGES_BY_KIND.complaint.forEach((code, i) => {
      packer.set(STAGE[code], i === 4 ? null : 100 + i, i === 3 ? null : 200 + i)
    })
    const base = packer.end()
    const stages = packedStages(packer.finish(), base, 'complaint')
    for (const code of Object.keys(STAGE) as StageCode[]) {
      expect(stageDeadlineAt(stages, code)).toBe(stages[code]?.deadlineAt)
      expect(stageCompletedAt(stages, code)).toBe(stages[code]?.completedAt)
    }
    expect(stages.accepted).toEqual({ deadlineAt: 103, completedAt: null })
    expect(stages.mediated).toEqual({ deadlineAt: null, completedAt: 204 })
    expect(stages.verified).toBeUndefined()
  })
})
