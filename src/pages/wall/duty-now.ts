import type { components } from '@/shared/api/schema.gen'
import { addDays } from '@/entities/period/china-days'
import { chinaDay } from '@/shared/lib/format'

type DutyRoster = components['schemas']['DutyRoster']

export interface OnDuty {
  post: string
  lines: readonly string[]
  /** The duty leader of today, when the API gives names to this screen. */
  leader: string | null
  /** The officers of the shift on now (two on a rest day's day shift), when names are given. */
  officers: readonly string[]
}

/** Minutes after China midnight at which the day shift starts and ends (08:30-17:30). */
const dayShiftStart = 8 * 60 + 30
const dayShiftEnd = 17 * 60 + 30

function chinaMinutes(now: number): number {
  const china = new Date(now + 8 * 3_600_000)
  return china.getUTCHours() * 60 + china.getUTCMinutes()
}

/**
 * Who is on duty at `now` (epoch ms): today's leader, and the officers of the shift on now.
 * Before 08:30 the night shift is the one that began at 17:30 the day before, so it comes from
 * yesterday's roster. `null` when the roster does not cover the moment.
 */
export function onDutyAt(roster: DutyRoster, now: number): OnDuty | null {
  const today = chinaDay(now)
  const minutes = chinaMinutes(now)
  const shiftDay = minutes < dayShiftStart ? addDays(today, -1) : today
  const shift = minutes >= dayShiftStart && minutes < dayShiftEnd ? 'day' : 'night'
  const todayRoster = roster.days.find((day) => day.date === today)
  const shiftRoster = roster.days.find((day) => day.date === shiftDay)
  if (todayRoster === undefined || shiftRoster === undefined) return null
  const named = (names: (string | null)[]) =>
    names.filter((name): name is string => name !== null && name !== '')
  return {
    post: roster.dutyPost,
    lines: roster.publicLines,
    leader:
      named(
        todayRoster.shifts.filter((s) => s.duty === 'leader' && s.shift === 'allDay').map((s) => s.name),
      )[0] ?? null,
    officers: named(
      shiftRoster.shifts.filter((s) => s.duty === 'officer' && s.shift === shift).map((s) => s.name),
    ),
  }
}
