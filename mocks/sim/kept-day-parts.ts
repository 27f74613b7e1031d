/**
 * Figures summed from what each receipt day's table adds (its "part"), kept between requests
 * for the same question: a day whose table is the same object as last time adds nothing new
 * (its part is already in the sums); a rebuilt table swaps its old part for the new one; a day
 * no longer read from a table has its part taken out. Counts and fen are integers, so the
 * subtractions are exact. A table never changes once built (kpis.ts `DayTable`).
 */
import type { DayTable } from './kpis'

/** A day's part, sparse: `values[k]` goes to slot `slots[k]`. */
export interface DayPart {
  readonly slots: Int32Array
  readonly values: Float64Array
}

export interface KeptDayParts {
  readonly sums: Float64Array
  readonly parts: Map<number, { readonly table: DayTable; readonly part: DayPart }>
  /** Receipt days read from a table in the current request. */
  readonly visited: Set<number>
}

const KEPT_QUESTIONS = 24
const kept = new WeakMap<object, Map<string, KeptDayParts>>()

/** The kept sums of one question (`key`) of one owner (the simulator's table reader). */
export function keptDayParts(owner: object, key: string, size: number): KeptDayParts {
  let questions = kept.get(owner)
  if (questions === undefined) {
    questions = new Map()
    kept.set(owner, questions)
  }
  let entry = questions.get(key)
  if (entry?.sums.length !== size) {
    entry = { sums: new Float64Array(size), parts: new Map(), visited: new Set() }
    if (questions.size >= KEPT_QUESTIONS) {
      const oldest = questions.keys().next()
      if (!oldest.done) questions.delete(oldest.value)
    }
  } else questions.delete(key)
  questions.set(key, entry)
  entry.visited.clear()
  return entry
}

function add(sums: Float64Array, part: DayPart, sign: 1 | -1): void {
  for (let k = 0; k < part.slots.length; k++) {
    const slot = part.slots[k] ?? 0
    sums[slot] = (sums[slot] ?? 0) + sign * (part.values[k] ?? 0)
  }
}

/** Counts the day's table in the sums (building its part only when the table is new). */
export function useTable(entry: KeptDayParts, day: number, table: DayTable, build: () => DayPart): void {
  entry.visited.add(day)
  const had = entry.parts.get(day)
  if (had?.table === table) return
  if (had) add(entry.sums, had.part, -1)
  const part = build()
  add(entry.sums, part, 1)
  entry.parts.set(day, { table, part })
}

/** Takes out the days not read from a table in this request; the sums then hold. */
export function settle(entry: KeptDayParts): Float64Array {
  for (const [day, { part }] of entry.parts) {
    if (entry.visited.has(day)) continue
    add(entry.sums, part, -1)
    entry.parts.delete(day)
  }
  return entry.sums
}

/** Collects a sparse part: `put(slot, value)` adds up values per slot. */
export function partBuilder(): { put: (slot: number, value: number) => void; done: () => DayPart } {
  const bySlot = new Map<number, number>()
  return {
    put: (slot, value) => bySlot.set(slot, (bySlot.get(slot) ?? 0) + value),
    done: () => ({ slots: Int32Array.from(bySlot.keys()), values: Float64Array.from(bySlot.values()) }),
  }
}
