import { addDays } from '@/entities/period/china-days'
import { isWorkingDay, type WorkingCalendar } from '@/entities/calendar/model/working-days'
import { chinaDay } from '@/shared/lib/format'

/** How far the wave looks ahead, in working days (today, if one, counts as the first). */
export const waveWorkingDays = 5

/** Units listed by name; the rest share one row, so the wave stays a glance. */
export const shownUnits = 8

/** The working days the wave covers from `today` (a China day): today when it works, then on. */
export function waveDays(today: string, calendar: WorkingCalendar, count = waveWorkingDays): string[] {
  const days: string[] = []
  for (let day = today; days.length < count; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) days.push(day)
  }
  return days
}

/** The China day a deadline ends: one at 00:00 ends the day before. */
export const deadlineDay = (dueAt: string) => chinaDay(Date.parse(dueAt) - 1)

export interface WaveItem {
  unit: string
  dueAt: string | null
  closed: boolean
}

export interface UnitWave {
  unit: string
  /** Items falling due on each of the wave's days. */
  counts: number[]
  total: number
}

export interface DeadlineWave {
  days: string[]
  /** Units with anything due, most first (then by code, so the order holds still). */
  units: UnitWave[]
  /** Per day, over all units. */
  totals: number[]
}

/**
 * Open items by handling unit and the day their current deadline ends, over the wave's days.
 * Items already overdue, closed or without a deadline are not in it: the wave is what falls due
 * next, so supervisors act before the breach.
 */
export function deadlineWave(items: readonly WaveItem[], days: readonly string[], now: number): DeadlineWave {
  const index = new Map(days.map((day, i) => [day, i]))
  const byUnit = new Map<string, number[]>()
  for (const item of items) {
    if (item.closed || item.dueAt === null || Date.parse(item.dueAt) <= now) continue
    const i = index.get(deadlineDay(item.dueAt))
    if (i === undefined) continue
    const counts = byUnit.get(item.unit) ?? days.map(() => 0)
    counts[i] = (counts[i] ?? 0) + 1
    byUnit.set(item.unit, counts)
  }
  const units = [...byUnit]
    .map(([unit, counts]) => ({ unit, counts, total: counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit))
  const totals = days.map((_, i) => units.reduce((sum, unit) => sum + (unit.counts[i] ?? 0), 0))
  return { days: [...days], units, totals }
}
