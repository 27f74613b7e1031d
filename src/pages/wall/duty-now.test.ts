import { describe, expect, it } from 'vitest'
import type { components } from '@/shared/api/schema.gen'
import { onDutyAt } from './duty-now'

type DutyRoster = components['schemas']['DutyRoster']
type Shift = DutyRoster['days'][number]['shifts'][number]

const shift = (s: Shift['shift'], duty: Shift['duty'], name: string | null): Shift => ({
  shift: s,
  duty,
  name,
  unit: null,
})

const roster = (names: boolean): DutyRoster => {
  const n = (name: string) => (names ? name : null)
  return {
    asOf: '2026-11-28T20:00:00+08:00',
    period: { from: '2026-11-27', to: '2026-11-28' },
    dutyPost: '日照市市场监督管理局投诉举报指挥中心',
    publicLines: ['12315', '12345'],
    days: [
      {
        date: '2026-11-27',
        workingDay: true,
        shifts: [
          shift('allDay', 'leader', n('甲领导')),
          shift('day', 'officer', n('乙')),
          shift('night', 'officer', n('丙')),
        ],
      },
      {
        date: '2026-11-28',
        workingDay: false,
        shifts: [
          shift('allDay', 'leader', n('丁领导')),
          shift('day', 'officer', n('戊')),
          shift('night', 'officer', n('己')),
          shift('day', 'officer', n('庚')),
        ],
      },
    ],
  }
}

const at = (iso: string) => Date.parse(iso)

describe('onDutyAt', () => {
  it('gives the day shift between 08:30 and 17:30 China time, two officers on a rest day', () => {
    expect(onDutyAt(roster(true), at('2026-11-28T08:30:00+08:00'))).toEqual({
      post: '日照市市场监督管理局投诉举报指挥中心',
      lines: ['12315', '12345'],
      leader: '丁领导',
      officers: ['戊', '庚'],
    })
    expect(onDutyAt(roster(true), at('2026-11-28T17:29:00+08:00'))?.officers).toEqual(['戊', '庚'])
  })

  it('gives the night shift from 17:30, and before 08:30 the night shift of the day before', () => {
    expect(onDutyAt(roster(true), at('2026-11-28T17:30:00+08:00'))?.officers).toEqual(['己'])
    const early = onDutyAt(roster(true), at('2026-11-28T08:29:00+08:00'))
    expect(early?.officers).toEqual(['丙'])
    // The leader is the day's, all day long.
    expect(early?.leader).toBe('丁领导')
  })

  it('keeps the post and its lines when the names are withheld', () => {
    expect(onDutyAt(roster(false), at('2026-11-28T10:00:00+08:00'))).toEqual({
      post: '日照市市场监督管理局投诉举报指挥中心',
      lines: ['12315', '12345'],
      leader: null,
      officers: [],
    })
  })

  it('is null when the roster does not cover the moment', () => {
    expect(onDutyAt(roster(true), at('2026-11-29T10:00:00+08:00'))).toBeNull()
    expect(onDutyAt(roster(true), at('2026-11-27T08:00:00+08:00'))).toBeNull()
  })
})
