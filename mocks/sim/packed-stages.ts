/**
 * A generated order's stages, packed: a day's orders keep their stage times in ONE Float64Array
 * (two numbers per stage of the kind), and `order.stages.closed` reads them through a getter.
 *
 * Why: a plain `{ deadlineAt, completedAt }` object per stage costs ~70 bytes (the object and a
 * boxed double per epoch-ms field), most of an order's memory, and the simulator keeps a year or
 * two of days (~130k orders) alive in the browser's heap. Packed, a stage costs 16 bytes and the
 * stages object 40. Each read builds a small `Stage` object that the JIT usually never allocates
 * (the getter is inlined and the object does not escape) once it has compiled the reader; the
 * aggregates read through `stageDeadlineAt` and `stageCompletedAt`, which build nothing.
 *
 * The getters live on the prototype: `order.stages[code]` works, but spreading the object or
 * `Object.values` sees no stage; use `stageRecord` for a plain copy.
 */
import type { KindCode } from './domain-codes'
import { STAGES_BY_KIND, type Stage, type StageCode } from './work-order'

type StageMap = Readonly<Partial<Record<StageCode, Stage>>>

/** In a stage's deadline slot: the order has no such stage (a refused complaint's mediation). */
const ABSENT = -1
/** Slots per order of each kind (two per stage). */
export const PACKED_SLOTS: Readonly<Record<KindCode, number>> = {
  complaint: STAGES_BY_KIND.complaint.length * 2,
  report: STAGES_BY_KIND.report.length * 2,
  consultation: STAGES_BY_KIND.consultation.length * 2,
}

function stageAt(times: Float64Array, i: number): Stage | undefined {
  const deadlineAt = times[i] ?? ABSENT
  if (deadlineAt === ABSENT) return undefined
  const completedAt = times[i + 1] ?? Number.NaN
  return {
    deadlineAt: Number.isNaN(deadlineAt) ? null : deadlineAt,
    completedAt: Number.isNaN(completedAt) ? null : completedAt,
  }
}

/** Writes an order's stages (in `STAGES_BY_KIND` order) at `base`; returns the next free slot. */
export function packStages(times: Float64Array, base: number, kind: KindCode, stages: StageMap): number {
  let i = base
  for (const code of STAGES_BY_KIND[kind]) {
    const stage = stages[code]
    times[i] = stage ? (stage.deadlineAt ?? Number.NaN) : ABSENT
    times[i + 1] = stage ? (stage.completedAt ?? Number.NaN) : Number.NaN
    i += 2
  }
  return i
}

const KINDS: readonly KindCode[] = ['complaint', 'report', 'consultation']
/** Each stage code's number (`StagePacker.set` takes these): a literal, for fast property reads. */
export const STAGE: Readonly<Record<StageCode, number>> = {
  received: 0,
  dispatched: 1,
  signed: 2,
  accepted: 3,
  verified: 4,
  answered: 5,
  mediated: 6,
  closed: 7,
  replied: 8,
  followUp: 9,
}
const STAGE_CODES = Object.keys(STAGE) as readonly StageCode[]
/**
 * A kind's place in `KINDS`, as a switch: a lookup by name that meets three names at one site becomes
 * the engine's generic (megamorphic) lookup, a hash probe per order; comparing interned strings
 * is not.
 */
function kindIndexOf(kind: KindCode): number {
  switch (kind) {
    case 'complaint':
      return 0
    case 'report':
      return 1
    case 'consultation':
      return 2
  }
}
const SLOTS_BY_KIND_INDEX = Int8Array.from(KINDS, (kind) => PACKED_SLOTS[kind])

/** Each stage's first slot within an order of a kind, at `kindIndex * STAGE_CODES.length + stage`; -1 when the kind has no such stage. */
const SLOT_TABLE = Int8Array.from(
  KINDS.flatMap((kind) => STAGE_CODES.map((code) => STAGES_BY_KIND[kind].indexOf(code) * 2)),
  (slot) => (slot < 0 ? -1 : slot),
)

/** The stage times of one day's orders: one array, swapped once when the day is complete. */
export interface DayTimes {
  times: Float64Array
}

/**
 * One class for every kind (the stage's slot is looked up by kind), so that reading
 * `order.stages.closed` sees one shape: the aggregates' loops stay monomorphic and compile
 * small, and a day's array is swapped in one place (`DayTimes`) instead of once per order.
 */
class PackedStages {
  constructor(
    readonly day: DayTimes,
    /**
     * This order's first slot times 4, plus its kind's index (`kindIndexOf`): one small integer, so that
     * an order's stages cost 40 bytes (as many as a class per kind took).
     */
    readonly at: number,
  ) {}
}

const baseOf = (stages: PackedStages): number => stages.at >> 2
const rowOf = (stages: PackedStages): number => (stages.at & 3) * STAGE_CODES.length

for (const [i, code] of STAGE_CODES.entries()) {
  Object.defineProperty(PackedStages.prototype, code, {
    get(this: PackedStages) {
      const slot = SLOT_TABLE[rowOf(this) + i] ?? -1
      return slot < 0 ? undefined : stageAt(this.day.times, baseOf(this) + slot)
    },
  })
}

/** Slots per block of stage times (512 KB): some twenty days of calibrated intake. */
const BLOCK_SLOTS = 1 << 16
/** Slots of the packer's first block: about a hundred orders (see `StagePacker.block`). */
const FIRST_BLOCK_SLOTS = 1 << 10

/**
 * Packs the stages of one day's orders as they are drawn, straight into the block of stage
 * times that keeps them: consecutive days share a block, each day's orders read a view of
 * their part of it (`finish`). Each order gets its packed stages at once, so its object never
 * changes shape after creation.
 *
 * Why: copying each finished day out of a scratch array into an array of its own was the
 * slowest step of drawing a day in Chromium (every copy landed in memory never touched before),
 * and a new typed array per day is an allocation outside the JS heap, slow there too. A block
 * lives as long as any of its days is kept; days are drawn and dropped in roughly the same
 * order, so blocks are freed in turn.
 */
export class StagePacker {
  /**
   * Small on purpose: the first day outgrows it after some tens of orders, so the path that moves
   * a day to a new block runs early, while the engine records what it meets and before it
   * compiles the drawing code. Met first around the twentieth day instead, that path had no type
   * feedback, and the swap of `block` broke the compiled code's assumption that the field never
   * changes: the generator's hottest functions were thrown away and compiled again.
   */
  private block = new Float64Array(FIRST_BLOCK_SLOTS)
  /** The day being packed starts at this slot of the block; its orders' slots count from it. */
  private dayStart = 0
  private used = 0
  /** The day being packed: its times are the rest of the block until `finish` trims them. */
  private day: DayTimes = { times: this.block.subarray(0) }

  /** Packs a whole stage map (tests); the stages read the day's array once finished. */
  pack(kind: KindCode, stages: StageMap): StageMap {
    const base = this.reserve(PACKED_SLOTS[kind])
    packStages(this.block, base, kind, stages)
    return packedStages(this.day, base - this.dayStart, kind)
  }

  /** A consultation's stages (received, answered = closed); returns its first slot. */
  packConsultation(receivedAt: number, deadlineAt: number, answeredAt: number): number {
    this.begin('consultation')
    this.set(STAGE.received, null, receivedAt)
    this.set(STAGE.answered, deadlineAt, answeredAt)
    this.set(STAGE.closed, deadlineAt, answeredAt)
    return this.end()
  }

  /** The begun order's first slot in the block. */
  private draftBase = 0
  /** The begun order's row in SLOT_TABLE. */
  private draftRow = 0

  /** Starts an order's stages in place (`set`, then `end`): no stage objects; all absent. */
  begin(kind: KindCode): void {
    const kindIndex = kindIndexOf(kind)
    const slots = SLOTS_BY_KIND_INDEX[kindIndex] ?? 0
    const base = this.reserve(slots)
    // A loop: `fill` is a builtin call, slower than writing at most 16 numbers.
    const block = this.block
    for (let i = base; i < base + slots; i += 2) {
      block[i] = ABSENT
      block[i + 1] = Number.NaN
    }
    this.draftBase = base
    this.draftRow = kindIndex * STAGE_CODES.length
  }

  /**
   * Sets a stage of the order begun (one the kind has), named by its `STAGE` number: a lookup
   * by stage name here, with ten names at one site, was the engine's slowest kind of lookup.
   */
  set(stage: number, deadlineAt: number | null, completedAt: number | null): void {
    const i = this.draftBase + Math.max(0, SLOT_TABLE[this.draftRow + stage] ?? 0)
    this.block[i] = deadlineAt ?? Number.NaN
    this.block[i + 1] = completedAt ?? Number.NaN
  }

  /** The first slot of the order begun, within its day (`packedStages` reads it). */
  end(): number {
    return this.draftBase - this.dayStart
  }

  /**
   * Room for `slots` more numbers; returns the first (in the block). A day that outgrows the
   * block moves, with what it has so far, to the start of a new one.
   */
  private reserve(slots: number): number {
    if (this.used + slots > this.block.length) {
      const drawn = this.used - this.dayStart
      const moved = new Float64Array(Math.max(BLOCK_SLOTS, 2 * (drawn + slots)))
      moved.set(this.block.subarray(this.dayStart, this.used))
      this.block = moved
      this.dayStart = 0
      this.used = drawn
      this.day.times = moved.subarray(0)
    }
    const base = this.used
    this.used += slots
    return base
  }

  /** The day's stage times, a view of exactly its slots; the next day starts after them. */
  finish(): DayTimes {
    const day = this.day
    day.times = this.block.subarray(this.dayStart, this.used)
    this.dayStart = this.used
    this.day = { times: this.block.subarray(this.used) }
    return day
  }
}

/** The stages of an order packed at `base` in a day's times (see `StagePacker`). */
export function packedStages(day: DayTimes, base: number, kind: KindCode): StageMap {
  return new PackedStages(day, base * 4 + kindIndexOf(kind)) as PackedStages & StageMap
}

/**
 * `STAGE[code]` as a switch: the aggregates ask with ten names at one site, which made the
 * lookup by name the engine's slowest kind; comparing interned strings is not.
 */
function stageNumber(code: StageCode): number {
  switch (code) {
    case 'received':
      return 0
    case 'dispatched':
      return 1
    case 'signed':
      return 2
    case 'accepted':
      return 3
    case 'verified':
      return 4
    case 'answered':
      return 5
    case 'mediated':
      return 6
    case 'closed':
      return 7
    case 'replied':
      return 8
    case 'followUp':
      return 9
  }
}

/** The slot of a stage in an order's packed stages; -1 when absent. */
function slotOf(stages: PackedStages, code: StageCode): number {
  const slot = SLOT_TABLE[rowOf(stages) + stageNumber(code)] ?? -1
  if (slot < 0 || stages.day.times[baseOf(stages) + slot] === ABSENT) return -1
  return baseOf(stages) + slot
}

/**
 * A stage's deadline without building its `Stage` (which only the JIT's compiled code avoids,
 * and a cold answer runs mostly before it): null when it has no limit, undefined when the order
 * has no such stage.
 */
export function stageDeadlineAt(stages: StageMap, code: StageCode): number | null | undefined {
  if (!(stages instanceof PackedStages)) return stages[code]?.deadlineAt
  const i = slotOf(stages, code)
  if (i < 0) return undefined
  const value = stages.day.times[i] ?? Number.NaN
  return Number.isNaN(value) ? null : value
}

/** A stage's completion without building its `Stage` (see `stageDeadlineAt`). */
export function stageCompletedAt(stages: StageMap, code: StageCode): number | null | undefined {
  if (!(stages instanceof PackedStages)) return stages[code]?.completedAt
  const i = slotOf(stages, code)
  if (i < 0) return undefined
  const value = stages.day.times[i + 1] ?? Number.NaN
  return Number.isNaN(value) ? null : value
}

/** `PACKED_SLOTS[kind]` without a lookup by name (three names at one site are slow to look up). */
function packedSlotsOf(kind: KindCode): number {
  switch (kind) {
    case 'complaint':
      return PACKED_SLOTS.complaint
    case 'report':
      return PACKED_SLOTS.report
    case 'consultation':
      return PACKED_SLOTS.consultation
  }
}

/** The latest deadline or completion of an order's stages (-Infinity when none). */
export function latestStageTime(kind: KindCode, stages: StageMap): number {
  let latest = Number.NEGATIVE_INFINITY
  if (stages instanceof PackedStages) {
    const times = stages.day.times
    const base = baseOf(stages)
    const end = base + packedSlotsOf(kind)
    for (let i = base; i < end; i++) {
      const t = times[i] ?? Number.NaN
      // NaN (none) and ABSENT (-1) never win.
      if (t > latest) latest = t
    }
    return latest
  }
  for (const code of STAGES_BY_KIND[kind]) {
    const stage = stages[code]
    if (stage?.deadlineAt != null && stage.deadlineAt > latest) latest = stage.deadlineAt
    if (stage?.completedAt != null && stage.completedAt > latest) latest = stage.completedAt
  }
  return latest
}

/** A plain, spreadable copy of an order's stages (packed or not), in the order they happen. */
export function stageRecord(kind: KindCode, stages: StageMap): Partial<Record<StageCode, Stage>> {
  const out: Partial<Record<StageCode, Stage>> = {}
  for (const code of STAGES_BY_KIND[kind]) {
    const stage = stages[code]
    if (stage) out[code] = stage
  }
  return out
}
