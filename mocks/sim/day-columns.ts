/**
 * One generated day's orders as columns (typed arrays), and their `WorkOrder` objects built from
 * them on demand.
 *
 * Why: the generator draws every order of a day at once, but most answers never need the order
 * objects. A cold one-year summary reads ~80k orders once, for their facts, and keeps nothing:
 * built as objects and kept, they cost ~270 bytes each in the JS heap, and copying them out of
 * the young generation was a third of that answer. Columns cost ~31 bytes an order, outside
 * the JS heap (typed-arena.ts); the objects are built per day when an answer needs them
 * (`materializeDay`), with the same fields, values and shape as when they were built while
 * drawing, and kept by the generator from then on.
 */
import { dayFromEpochDay } from './china-time'
import {
  CATEGORY_CODES,
  CHANNEL_CODES,
  DISTRICT_CODES,
  KIND_CODES,
  unitsOfDistrict,
  type DistrictCode,
  type UnitCode,
} from './domain-codes'
import { packedStages, type DayTimes } from './packed-stages'
import { takeFloat64, takeInt32, takeUint8 } from './typed-arena'
import type { DeadlineEvent, Outcome, Reminder, SupervisionRecord, WorkOrder } from './work-order'

export const OUTCOME_CODES: readonly Outcome[] = [
  'mediated',
  'terminated',
  'refused',
  'withdrawn',
  'reportDecided',
  'caseFiled',
  'answered',
]
const SATISFACTION_CODES = [null, 'satisfied', 'dissatisfied'] as const

/** Bytes per order in `codes`. */
const CODES = 7
const KIND = 0
const CHANNEL = 1
const DISTRICT = 2
const CATEGORY = 3
/** The unit's place in `unitsOfDistrict(district)`; NO_UNIT: the district itself. */
const UNIT = 4
const OUTCOME = 5
const FLAGS = 6
export const NO_UNIT = 255

/** Int32s per order in `ints`. */
const INTS = 4
const TEXT_SEED = 0
const STAGE_BASE = 1
const RECOVERED_FEN = 2
const DISPUTED_FEN = 3

const CONSUMER_ASSOCIATION = 1
const CASE_FILED = 2
const SATISFACTION_SHIFT = 2
const HOSTILE_SHIFT = 4

/** The rare parts of an order (most have none). */
export interface OrderExtras {
  readonly events: readonly DeadlineEvent[]
  readonly reminders: readonly Reminder[]
  readonly supervisions: readonly SupervisionRecord[]
}

export interface DayColumns {
  readonly count: number
  /** Per order: kind, channel, district, category, unit, outcome, flags (indexes into the code lists). */
  readonly codes: Uint8Array
  /** Per order: receivedAt. */
  readonly receivedAt: Float64Array
  /**
   * Per order: textSeed, the first slot of its stages in `times`, recoveredFen, disputedFen
   * (below 2^31 fen: the largest amount the draws can give is ~1.2e9). As integers, the orders
   * built from them keep small integers unboxed, as when they were built while drawing.
   */
  readonly ints: Int32Array
  /** The day's stage times (packed-stages.ts); set once the day is drawn (`DRAWING` until then). */
  times: DayTimes
  readonly extras: Map<number, OrderExtras>
}

/** The stage times of a day still being drawn. */
const DRAWING: DayTimes = { times: new Float64Array(0) }

export function createDayColumns(count: number): DayColumns {
  return {
    count,
    codes: takeUint8(count * CODES),
    receivedAt: takeFloat64(count),
    ints: takeInt32(count * INTS),
    // A placeholder of the same type, not null: an object whose field changes type once set
    // makes the JIT drop the code that reads it.
    times: DRAWING,
    extras: new Map(),
  }
}

/** One order's draws (its codes as indexes into the code lists). */
export interface OrderRow {
  kind: number
  channel: number
  district: number
  category: number
  unit: number
  outcome: number
  consumerAssociation: boolean
  caseFiled: boolean
  /** 0 not surveyed, 1 satisfied, 2 dissatisfied. */
  satisfaction: number
  hostileText: number
  receivedAt: number
  recoveredFen: number
  disputedFen: number
  textSeed: number
  stageBase: number
}

export function writeOrder(columns: DayColumns, i: number, row: OrderRow): void {
  const c = i * CODES
  const codes = columns.codes
  codes[c + KIND] = row.kind
  codes[c + CHANNEL] = row.channel
  codes[c + DISTRICT] = row.district
  codes[c + CATEGORY] = row.category
  codes[c + UNIT] = row.unit
  codes[c + OUTCOME] = row.outcome
  codes[c + FLAGS] =
    (row.consumerAssociation ? CONSUMER_ASSOCIATION : 0) |
    (row.caseFiled ? CASE_FILED : 0) |
    (row.satisfaction << SATISFACTION_SHIFT) |
    (row.hostileText << HOSTILE_SHIFT)
  columns.receivedAt[i] = row.receivedAt
  const n = i * INTS
  columns.ints[n + TEXT_SEED] = row.textSeed
  columns.ints[n + STAGE_BASE] = row.stageBase
  columns.ints[n + RECOVERED_FEN] = row.recoveredFen
  columns.ints[n + DISPUTED_FEN] = row.disputedFen
}

/** Char codes of `RZ-YYYYMMDD-0000`, the day filled in. */
export function idTemplate(epochDay: number): number[] {
  const day = dayFromEpochDay(epochDay)
  const codes = [82, 90, 45]
  for (let i = 0; i < day.length; i++) if (i !== 4 && i !== 7) codes.push(day.charCodeAt(i))
  codes.push(45, 48, 48, 48, 48)
  return codes
}

/**
 * `RZ-YYYYMMDD-NNNN` as one flat string: a template literal builds a rope of three strings
 * (~90 bytes an order, kept as long as the day), `String.fromCharCode` 32 bytes.
 */
export function orderId(codes: number[], n: number): string {
  codes[12] = 48 + (Math.floor(n / 1000) % 10)
  codes[13] = 48 + (Math.floor(n / 100) % 10)
  codes[14] = 48 + (Math.floor(n / 10) % 10)
  codes[15] = 48 + (n % 10)
  return String.fromCharCode(...codes)
}

/** A penalty-case number, unique per order: 日市监立〔year〕MMDDNNNN号. */
export function caseNumberFor(orderId: string): string {
  return `日市监立〔${orderId.slice(3, 7)}〕${orderId.slice(7, 11)}${orderId.slice(-4)}号`
}

// Typed as mutable for the generator's local variables; frozen so a stray push throws.
export const NONE: never[] = Object.freeze([]) as unknown as never[]

const unitLists = new Map<DistrictCode, readonly UnitCode[]>()
function unitsOf(district: DistrictCode): readonly UnitCode[] {
  let units = unitLists.get(district)
  if (!units) {
    units = unitsOfDistrict(district)
    unitLists.set(district, units)
  }
  return units
}

/** The day's orders as objects, in receipt order (see the module comment). */
export function materializeDay(columns: DayColumns, epochDay: number): WorkOrder[] {
  const orders: WorkOrder[] = []
  if (columns.count === 0) return orders
  const times = columns.times
  if (times === DRAWING) throw new Error('The day is still being drawn')
  const idCodes = idTemplate(epochDay)
  for (let i = 0; i < columns.count; i++) orders.push(materializeOrder(columns, times, idCodes, i))
  return orders
}

function materializeOrder(columns: DayColumns, times: DayTimes, idCodes: number[], i: number): WorkOrder {
  const c = i * CODES
  const codes = columns.codes
  const kind = KIND_CODES[codes[c + KIND] ?? 0] ?? 'consultation'
  const district = DISTRICT_CODES[codes[c + DISTRICT] ?? 0] ?? DISTRICT_CODES[0]
  const unitIndex = codes[c + UNIT] ?? NO_UNIT
  // The generator drew the unit from this very list (NO_UNIT when the district has none).
  const unit = unitsOf(district)[unitIndex] ?? (district as string as UnitCode)
  const flags = codes[c + FLAGS] ?? 0
  const id = orderId(idCodes, i + 1)
  const extras = columns.extras.get(i)
  const n = i * INTS
  // One literal with every field in one order: objects of one shape keep the aggregates' loops
  // monomorphic (a spread plus added fields made each order a slow object).
  return {
    id,
    kind,
    channel: CHANNEL_CODES[codes[c + CHANNEL] ?? 0] ?? CHANNEL_CODES[0],
    district,
    category: CATEGORY_CODES[codes[c + CATEGORY] ?? 0] ?? CATEGORY_CODES[0],
    unit,
    receivedAt: columns.receivedAt[i] ?? 0,
    stages: packedStages(times, columns.ints[n + STAGE_BASE] ?? 0, kind),
    events: extras?.events ?? NONE,
    reminders: extras?.reminders ?? NONE,
    supervisions: extras?.supervisions ?? NONE,
    outcome: OUTCOME_CODES[codes[c + OUTCOME] ?? 0] ?? 'answered',
    recoveredFen: columns.ints[n + RECOVERED_FEN] ?? 0,
    disputedFen: columns.ints[n + DISPUTED_FEN] ?? 0,
    consumerAssociation: (flags & CONSUMER_ASSOCIATION) !== 0,
    caseNumber: (flags & CASE_FILED) !== 0 ? caseNumberFor(id) : null,
    satisfaction: SATISFACTION_CODES[(flags >> SATISFACTION_SHIFT) & 3] ?? null,
    textSeed: columns.ints[n + TEXT_SEED] ?? 0,
    hostileText: ((flags >> HOSTILE_SHIFT) & 3) as 0 | 1 | 2,
  }
}
