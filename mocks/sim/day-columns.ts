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
 * drawing, and kept by the generator from then on; a reading that keeps none of them reads
 * them into one reused object (`DayOrderReader`).
 */
import { dayFromEpochDay } from './china-time'
import {
  CATEGORY_CODES,
  CHANNEL_CODES,
  DISTRICT_CODES,
  KIND_CODES,
  unitsOfDistrict,
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
/** The order has an entry in `extras` (most have none: no lookup for them). */
const HAS_EXTRAS = 64

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

/** Keeps an order's rare parts (after `writeOrder`). */
export function writeExtras(columns: DayColumns, i: number, extras: OrderExtras): void {
  columns.extras.set(i, extras)
  const c = i * CODES + FLAGS
  columns.codes[c] = (columns.codes[c] ?? 0) | HAS_EXTRAS
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

type TupleOf<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : TupleOf<T, N, [...R, T]>

/** Char codes of an order id, `RZ-YYYYMMDD-NNNN`. */
export type IdCodes = TupleOf<number, 16>

/** Char codes of `RZ-YYYYMMDD-0000`, the day filled in. */
export function idTemplate(epochDay: number): IdCodes {
  const day = dayFromEpochDay(epochDay)
  const at = (i: number): number => day.charCodeAt(i)
  return [82, 90, 45, at(0), at(1), at(2), at(3), at(5), at(6), at(8), at(9), 45, 48, 48, 48, 48]
}

/**
 * `RZ-YYYYMMDD-NNNN` as one flat string: a template literal builds a rope of three strings
 * (~90 bytes an order, kept as long as the day), `String.fromCharCode` 32 bytes. Its sixteen
 * arguments written out: spreading the array cost three to five times more, and a cold
 * one-year summary builds ~80k ids.
 */
export function orderId(codes: IdCodes, n: number): string {
  codes[12] = 48 + (Math.floor(n / 1000) % 10)
  codes[13] = 48 + (Math.floor(n / 100) % 10)
  codes[14] = 48 + (Math.floor(n / 10) % 10)
  codes[15] = 48 + (n % 10)
  const c = codes
  return String.fromCharCode(
    c[0],
    c[1],
    c[2],
    c[3],
    c[4],
    c[5],
    c[6],
    c[7],
    c[8],
    c[9],
    c[10],
    c[11],
    c[12],
    c[13],
    c[14],
    c[15],
  )
}

/** A penalty-case number, unique per order: 日市监立〔year〕MMDDNNNN号. */
export function caseNumberFor(orderId: string): string {
  return `日市监立〔${orderId.slice(3, 7)}〕${orderId.slice(7, 11)}${orderId.slice(-4)}号`
}

// Typed as mutable for the generator's local variables; frozen so a stray push throws.
export const NONE: never[] = Object.freeze([]) as unknown as never[]

/** `unitsOfDistrict` by the district's index in DISTRICT_CODES (an array: no lookup by name). */
export const UNITS_BY_DISTRICT: readonly (readonly UnitCode[])[] = DISTRICT_CODES.map(unitsOfDistrict)

/** The day's orders as objects, in receipt order (see the module comment). */
export function materializeDay(columns: DayColumns, epochDay: number): WorkOrder[] {
  const orders: WorkOrder[] = []
  if (columns.count === 0) return orders
  const times = timesOf(columns)
  const idCodes = idTemplate(epochDay)
  for (let i = 0; i < columns.count; i++) orders.push(decodeOrder(columns, times, idCodes, i, null))
  return orders
}

function timesOf(columns: DayColumns): DayTimes {
  if (columns.times === DRAWING) throw new Error('The day is still being drawn')
  return columns.times
}

type MutableOrder = { -readonly [K in keyof WorkOrder]: WorkOrder[K] }

/**
 * A day's orders for a reading that keeps none of them (fresh-days.ts): `read(i)` is order i,
 * the day's kept object when the generator keeps them, else ONE object per reader filled anew
 * on each read (valid until the next). Why: a cold one-year summary reads ~80k orders once;
 * an object per order, however short-lived, was most of what it allocated.
 */
export class DayOrderReader {
  readonly count: number
  private readonly times: DayTimes
  private readonly idCodes: IdCodes
  private scratch: MutableOrder | null = null

  constructor(
    private readonly columns: DayColumns,
    epochDay: number,
    private readonly kept: readonly WorkOrder[] | undefined,
  ) {
    this.count = columns.count
    this.times = timesOf(columns)
    this.idCodes = idTemplate(epochDay)
  }

  read(i: number): WorkOrder {
    if (this.kept !== undefined) return this.kept[i] ?? this.decode(i)
    return this.decode(i)
  }

  private decode(i: number): WorkOrder {
    const order = decodeOrder(this.columns, this.times, this.idCodes, i, this.scratch)
    this.scratch = order
    return order
  }
}

/**
 * Order i of the day: a new object, or `into` overwritten (the same fields, so the same shape).
 * One literal with every field in one order: objects of one shape keep the aggregates' loops
 * monomorphic (a spread plus added fields made each order a slow object).
 */
function decodeOrder(
  columns: DayColumns,
  times: DayTimes,
  idCodes: IdCodes,
  i: number,
  into: MutableOrder | null,
): MutableOrder {
  const c = i * CODES
  const codes = columns.codes
  const kind = KIND_CODES[codes[c + KIND] ?? 0] ?? 'consultation'
  const districtIndex = codes[c + DISTRICT] ?? 0
  const district = DISTRICT_CODES[districtIndex] ?? DISTRICT_CODES[0]
  const unitIndex = codes[c + UNIT] ?? NO_UNIT
  // The generator drew the unit from this very list (NO_UNIT when the district has none).
  const unit = UNITS_BY_DISTRICT[districtIndex]?.[unitIndex] ?? (district as string as UnitCode)
  const flags = codes[c + FLAGS] ?? 0
  const id = orderId(idCodes, i + 1)
  const extras = (flags & HAS_EXTRAS) === 0 ? undefined : columns.extras.get(i)
  const n = i * INTS
  const channel = CHANNEL_CODES[codes[c + CHANNEL] ?? 0] ?? CHANNEL_CODES[0]
  const category = CATEGORY_CODES[codes[c + CATEGORY] ?? 0] ?? CATEGORY_CODES[0]
  const receivedAt = columns.receivedAt[i] ?? 0
  const stages = packedStages(times, columns.ints[n + STAGE_BASE] ?? 0, kind)
  const events = extras?.events ?? NONE
  const reminders = extras?.reminders ?? NONE
  const supervisions = extras?.supervisions ?? NONE
  const outcome = OUTCOME_CODES[codes[c + OUTCOME] ?? 0] ?? 'answered'
  const recoveredFen = columns.ints[n + RECOVERED_FEN] ?? 0
  const disputedFen = columns.ints[n + DISPUTED_FEN] ?? 0
  const consumerAssociation = (flags & CONSUMER_ASSOCIATION) !== 0
  const caseNumber = (flags & CASE_FILED) !== 0 ? caseNumberFor(id) : null
  const satisfaction = SATISFACTION_CODES[(flags >> SATISFACTION_SHIFT) & 3] ?? null
  const textSeed = columns.ints[n + TEXT_SEED] ?? 0
  const hostileText = ((flags >> HOSTILE_SHIFT) & 3) as 0 | 1 | 2
  if (into === null) {
    return {
      id,
      kind,
      channel,
      district,
      category,
      unit,
      receivedAt,
      stages,
      events,
      reminders,
      supervisions,
      outcome,
      recoveredFen,
      disputedFen,
      consumerAssociation,
      caseNumber,
      satisfaction,
      textSeed,
      hostileText,
    }
  }
  into.id = id
  into.kind = kind
  into.channel = channel
  into.district = district
  into.category = category
  into.unit = unit
  into.receivedAt = receivedAt
  into.stages = stages
  into.events = events
  into.reminders = reminders
  into.supervisions = supervisions
  into.outcome = outcome
  into.recoveredFen = recoveredFen
  into.disputedFen = disputedFen
  into.consumerAssociation = consumerAssociation
  into.caseNumber = caseNumber
  into.satisfaction = satisfaction
  into.textSeed = textSeed
  into.hostileText = hostileText
  return into
}
