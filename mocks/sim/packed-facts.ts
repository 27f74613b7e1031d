/**
 * The simulator's kept facts (kpis.ts `OrderFacts`) of one receipt day, packed in typed arrays
 * indexed by the order's place in its day (the `NNNN` of its id).
 *
 * Why: the simulator keeps facts for a year or two of orders (~130k); an object per order and a
 * WeakMap entry to find it cost ~280 bytes an order in the page's heap (and the garbage collector
 * walks every entry). Packed: 9 int32 and 2 float64 per order. Reading builds the object afresh,
 * which is cheap next to deriving it.
 */
import type { OrderFacts, SupervisionFact } from './kpis'
import { takeFloat64, takeInt32 } from './typed-arena'

const INTS = 9
const OPEN_STATES = [null, 'overdue', 'atRisk', 'ok'] as const
const ROUTED = 1
const SUPERVISED = 2

export interface DayFacts {
  /** Orders the day holds (slots). */
  readonly size: number
  /** Per order: the five due facts, closedDay, surveyedDay, mediationDay, flags | open << 2. */
  readonly ints: Int32Array
  /** Per order: from, until of the facts' validity; NaN = none kept. */
  readonly valid: Float64Array
  /** The few orders with supervision facts, by index (most have none: the shared empty list). */
  readonly supervision: Map<number, readonly SupervisionFact[]>
  /** The empty list the facts had, returned for every order without supervision facts. */
  none: readonly SupervisionFact[] | null
}

export function createDayFacts(size: number): DayFacts {
  return {
    size,
    // Views into shared chunks (typed-arena.ts): two typed arrays of their own per day were
    // allocations outside the JS heap, slow in Chromium.
    ints: takeInt32(size * INTS),
    valid: takeFloat64(size * 2).fill(Number.NaN),
    supervision: new Map(),
    none: null,
  }
}

/** The order's index in its receipt day, from its id `RZ-YYYYMMDD-NNNN` (-1 when malformed). */
export function orderIndex(id: string): number {
  if (id.length !== 16) return -1
  let n = 0
  for (let i = 12; i < 16; i++) {
    const digit = id.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n - 1
}

export function packFacts(store: DayFacts, i: number, facts: OrderFacts, from: number, until: number): void {
  const ints = store.ints
  const o = i * INTS
  ints[o] = facts.initialCheck
  ints[o + 1] = facts.reportCheck
  ints[o + 2] = facts.closure
  ints[o + 3] = facts.dispatch
  ints[o + 4] = facts.reply
  ints[o + 5] = facts.closedDay
  ints[o + 6] = facts.surveyedDay
  ints[o + 7] = facts.mediationDay
  ints[o + 8] =
    (facts.routedCorrectly ? ROUTED : 0) |
    (facts.supervised ? SUPERVISED : 0) |
    (OPEN_STATES.indexOf(facts.open) << 2)
  if (facts.supervision.length > 0) store.supervision.set(i, facts.supervision)
  else {
    store.supervision.delete(i)
    store.none ??= facts.supervision
  }
  store.valid[i * 2] = from
  store.valid[i * 2 + 1] = until
}

export function unpackFacts(store: DayFacts, i: number): OrderFacts {
  const ints = store.ints
  const o = i * INTS
  const flags = ints[o + 8] ?? 0
  return {
    initialCheck: ints[o] ?? -1,
    reportCheck: ints[o + 1] ?? -1,
    closure: ints[o + 2] ?? -1,
    dispatch: ints[o + 3] ?? -1,
    reply: ints[o + 4] ?? -1,
    routedCorrectly: (flags & ROUTED) !== 0,
    supervision: store.supervision.get(i) ?? store.none ?? [],
    closedDay: ints[o + 5] ?? -1,
    surveyedDay: ints[o + 6] ?? -1,
    mediationDay: ints[o + 7] ?? -1,
    open: OPEN_STATES[flags >> 2] ?? null,
    supervised: (flags & SUPERVISED) !== 0,
  }
}
