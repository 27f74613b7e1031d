/**
 * The working-day arithmetic the generator asks for again and again, memoized in typed arrays
 * indexed by epoch day.
 *
 * Why: drawing a year of orders asks the calendar about a million times for a few thousand
 * distinct (day, n) pairs. A Map keyed by number hashes every lookup; an index into a typed
 * array is a load. The answers are the calendar's own (calendar.ts), only kept.
 *
 * One table for ±SPAN days around the first day asked about, made at once: its memory is only
 * touched where days are asked about, and a lookup never takes a path the JIT has not seen (a
 * table made later, mid-answer, threw away the compiled code of every function that had the
 * lookup inlined).
 */
import { addWorkingEpochDays, isWorkingEpochDay } from './calendar'

/** Days kept either side of the first day asked about (about 22 years); others are computed. */
const SPAN = 8192
/** Counts of working days kept per day (larger ones are computed each time; limits stay below). */
const KEPT_COUNTS = 64

const UNKNOWN = 0
const WORKING = 1
const REST = 2

export class WorkingDayMemo {
  /** The epoch day at index 0; NaN until the first question. */
  private first = Number.NaN
  /** `addWorkingEpochDays(day, n)` at `(day - first) * KEPT_COUNTS + n`; 0 when not asked yet. */
  private after = new Int32Array(0)
  /** WORKING, REST or UNKNOWN per day. */
  private working = new Uint8Array(0)

  /** The nth working day after `epochDay` (n >= 0; see calendar.ts `addWorkingDays`). */
  nthAfter(epochDay: number, n: number): number {
    const day = this.indexOf(epochDay)
    if (day < 0 || n < 0 || n >= KEPT_COUNTS) return addWorkingEpochDays(epochDay, n)
    const i = day * KEPT_COUNTS + n
    const known = this.after[i] ?? UNKNOWN
    // 0 is also epoch day 0 (1970), never an answer the simulator needs: computed each time then.
    if (known !== UNKNOWN) return known
    const value = addWorkingEpochDays(epochDay, n)
    this.after[i] = value
    return value
  }

  /** Whether `epochDay` is a working day (calendar.ts `isWorkingDay`). */
  isWorking(epochDay: number): boolean {
    const day = this.indexOf(epochDay)
    if (day < 0) return isWorkingEpochDay(epochDay)
    const known = this.working[day] ?? UNKNOWN
    if (known !== UNKNOWN) return known === WORKING
    const value = isWorkingEpochDay(epochDay)
    this.working[day] = value ? WORKING : REST
    return value
  }

  /** The day's index in the tables, -1 outside them. */
  private indexOf(epochDay: number): number {
    if (Number.isNaN(this.first)) this.makeTables(epochDay)
    const day = epochDay - this.first
    return day >= 0 && day < 2 * SPAN ? day : -1
  }

  private makeTables(epochDay: number): void {
    this.first = epochDay - SPAN
    this.after = new Int32Array(2 * SPAN * KEPT_COUNTS)
    this.working = new Uint8Array(2 * SPAN)
  }
}
