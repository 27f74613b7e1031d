/**
 * The duty roster (值班表) of the city's complaint and report command post: each day a duty
 * leader (带班领导) for the whole day and a duty officer for the day and the night shift. On
 * rest days and holidays a second day officer reinforces the post (holiday duty).
 *
 * The staff are a seeded pool of city-bureau people (names drawn like the simulator's other
 * names), rotated day by day, so the same seed gives the same roster in any process.
 */
import { isWorkingDay } from './calendar'
import { eachDay, epochDayOf, type ChinaDay } from './china-time'
import { CITY_ORGANIZATIONS } from './domain-codes'
import { personName } from './order-text'
import { createRandom } from './random'

export const LEADER_POOL_SIZE = 6
export const OFFICER_POOL_SIZE = 12
/** The public lines the duty post answers (national numbers, not people). */
export const PUBLIC_DUTY_LINES = ['12315', '12345'] as const
/** The post itself: the city bureau's command centre. */
export const DUTY_POST = `${CITY_ORGANIZATIONS['rz-city-bureau'].zh}投诉举报指挥中心`

export interface DutyShift {
  readonly shift: 'day' | 'night' | 'allDay'
  readonly duty: 'leader' | 'officer'
  readonly name: string
  /** City-bureau staff belong to no handling unit. */
  readonly unit: null
}

export interface DutyDay {
  readonly date: ChinaDay
  readonly workingDay: boolean
  readonly shifts: readonly DutyShift[]
}

const poolMemo = new Map<number, { leaders: string[]; officers: string[] }>()

function poolsOf(seed: number) {
  const hit = poolMemo.get(seed)
  if (hit) return hit
  const draw = (label: string, size: number) => {
    const random = createRandom(seed, 'duty-roster', label)
    const names = new Set<string>()
    while (names.size < size) names.add(personName(() => random.next()))
    return [...names]
  }
  const pools = { leaders: draw('leaders', LEADER_POOL_SIZE), officers: draw('officers', OFFICER_POOL_SIZE) }
  poolMemo.set(seed, pools)
  return pools
}

const at = (list: readonly string[], index: number) =>
  list[((index % list.length) + list.length) % list.length] ?? ''

export function dutyRoster(seed: number, from: ChinaDay, to: ChinaDay): DutyDay[] {
  const { leaders, officers } = poolsOf(seed)
  return eachDay(from, to).map((date) => {
    const e = epochDayOf(date)
    const workingDay = isWorkingDay(date)
    const shifts: DutyShift[] = [
      { shift: 'allDay', duty: 'leader', name: at(leaders, e), unit: null },
      { shift: 'day', duty: 'officer', name: at(officers, 3 * e), unit: null },
      { shift: 'night', duty: 'officer', name: at(officers, 3 * e + 1), unit: null },
    ]
    if (!workingDay) shifts.push({ shift: 'day', duty: 'officer', name: at(officers, 3 * e + 2), unit: null })
    return { date, workingDay, shifts }
  })
}
