/**
 * A generated order's stages, packed: a day's orders keep their stage times in ONE Float64Array
 * (two numbers per stage of the kind), and `order.stages.closed` reads them through a getter.
 *
 * Why: a plain `{ deadlineAt, completedAt }` object per stage costs ~70 bytes (the object and a
 * boxed double per epoch-ms field), most of an order's memory, and the simulator keeps a year or
 * two of days (~130k orders) alive in the browser's heap. Packed, a stage costs 16 bytes and the
 * stages object 40. Each read builds a small `Stage` object that the JIT usually never allocates
 * (the getter is inlined and the object does not escape).
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

/** Each stage's first slot within an order of the kind. */
const SLOT_OF: Readonly<Record<KindCode, Readonly<Partial<Record<StageCode, number>>>>> = {
  complaint: slotsOf('complaint'),
  report: slotsOf('report'),
  consultation: slotsOf('consultation'),
}

function slotsOf(kind: KindCode): Partial<Record<StageCode, number>> {
  const out: Partial<Record<StageCode, number>> = {}
  STAGES_BY_KIND[kind].forEach((code, i) => {
    out[code] = i * 2
  })
  return out
}

abstract class PackedStages {
  constructor(
    /** The day's stage times (shared by all its orders; see `StagePacker`). */
    public times: Float64Array,
    /** This order's first slot. */
    readonly base: number,
  ) {}
}

type PackedStagesClass = new (times: Float64Array, base: number) => PackedStages & StageMap

/**
 * The class of one kind's packed stages: a getter per stage on its prototype, at the stage's slot
 * in `STAGES_BY_KIND` order, so the reading side cannot drift from `packStages` and `set`.
 */
function packedStagesClass(kind: KindCode): PackedStagesClass {
  class KindStages extends PackedStages {}
  for (const [code, slot] of Object.entries(SLOT_OF[kind])) {
    Object.defineProperty(KindStages.prototype, code, {
      get(this: PackedStages) {
        return stageAt(this.times, this.base + slot)
      },
    })
  }
  return KindStages
}

const PACKED_STAGES_CLASS: Readonly<Record<KindCode, PackedStagesClass>> = {
  complaint: packedStagesClass('complaint'),
  report: packedStagesClass('report'),
  consultation: packedStagesClass('consultation'),
}

/**
 * Packs the stages of one day's orders as they are drawn: into a growing scratch array first,
 * then (`finish`) into one array of the day's exact size. Each order gets its packed stages at
 * once, so its object never changes shape after creation.
 */
export class StagePacker {
  private times = new Float64Array(4096)
  private used = 0
  private readonly made: PackedStages[] = []

  pack(kind: KindCode, stages: StageMap): StageMap {
    const base = this.reserve(PACKED_SLOTS[kind])
    packStages(this.times, base, kind, stages)
    const packed = packedStages(this.times, base, kind)
    this.made.push(packed)
    return packed
  }

  /** A consultation's stages (received, answered = closed), without building them first. */
  packConsultation(receivedAt: number, deadlineAt: number, answeredAt: number): StageMap {
    this.begin('consultation')
    this.set('received', null, receivedAt)
    this.set('answered', deadlineAt, answeredAt)
    this.set('closed', deadlineAt, answeredAt)
    return this.end('consultation')
  }

  private draftBase = 0
  private draftSlots: Readonly<Partial<Record<StageCode, number>>> = SLOT_OF.complaint

  /** Starts an order's stages in place (`set`, then `end`): no stage objects; all absent. */
  begin(kind: KindCode): void {
    const slots = PACKED_SLOTS[kind]
    const base = this.reserve(slots)
    // A loop: `fill` is a builtin call, slower than writing at most 16 numbers.
    const times = this.times
    for (let i = base; i < base + slots; i += 2) {
      times[i] = ABSENT
      times[i + 1] = Number.NaN
    }
    this.draftBase = base
    this.draftSlots = SLOT_OF[kind]
  }

  /** Sets a stage of the order begun (one the kind has). */
  set(code: StageCode, deadlineAt: number | null, completedAt: number | null): void {
    const i = this.draftBase + (this.draftSlots[code] ?? 0)
    this.times[i] = deadlineAt ?? Number.NaN
    this.times[i + 1] = completedAt ?? Number.NaN
  }

  /** A stage of the order begun: its deadline (NaN when none or absent). */
  deadlineAt(code: StageCode): number {
    const slot = this.draftSlots[code]
    const value = slot === undefined ? ABSENT : (this.times[this.draftBase + slot] ?? ABSENT)
    return value === ABSENT ? Number.NaN : value
  }

  /** A stage of the order begun: its completion (NaN when none or absent). */
  completedAt(code: StageCode): number {
    const slot = this.draftSlots[code]
    if (slot === undefined || this.times[this.draftBase + slot] === ABSENT) return Number.NaN
    return this.times[this.draftBase + slot + 1] ?? Number.NaN
  }

  /** The stages of the order begun. */
  end(kind: KindCode): StageMap {
    const packed = packedStages(this.times, this.draftBase, kind)
    this.made.push(packed)
    return packed
  }

  /** Room for `slots` more numbers; returns the first. */
  private reserve(slots: number): number {
    if (this.used + slots > this.times.length) {
      const grown = new Float64Array(this.times.length * 2)
      grown.set(this.times)
      this.times = grown
      for (const made of this.made) made.times = grown
    }
    const base = this.used
    this.used += slots
    return base
  }

  /** Moves the day's stages to an array of their exact size; the packer is then empty. */
  finish(): void {
    const exact = this.times.slice(0, this.used)
    for (const made of this.made) made.times = exact
    this.made.length = 0
    this.used = 0
  }
}

/** The stages of an order packed at `base` in `times` (see `packStages`). */
function packedStages(times: Float64Array, base: number, kind: KindCode): PackedStages & StageMap {
  return new PACKED_STAGES_CLASS[kind](times, base)
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
