/**
 * Generates ONE China day's work orders from (seed, day, parameters) alone, so days are produced
 * lazily, independently and in any order, and memoized per day in a bounded cache.
 *
 * Each order's whole life is drawn at once (see work-order.ts); the simulator hides what lies
 * after its clock. Hot-path rules: no Date objects and no day strings per order (epoch days and
 * epoch ms only; calendar answers are memoized per (day, n)), a handful of draws per order, and
 * no object per order: a day is drawn into columns (day-columns.ts), its order objects built
 * when an answer asks for them.
 *
 * Calibration (2023, seed-independent within the tolerances; see calibration.test.ts): the
 * expected intake is normalized so that 2023 sums to 51,200; the late shares, recovered amounts
 * and consumer-association share below are tuned to the model city's published 2023 figures.
 */
import { calendarYear, isWorkingEpochDay } from './calendar'
import {
  CHINA_OFFSET_MS,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  dayFromEpochDay,
  epochDayOf,
  type ChinaDay,
} from './china-time'
import {
  DayOrderReader,
  NONE,
  NO_UNIT,
  OUTCOME_CODES,
  UNITS_BY_DISTRICT,
  createDayColumns,
  idTemplate,
  materializeDay,
  orderId,
  writeExtras,
  writeOrder,
  type DayColumns,
  type IdCodes,
  type OrderRow,
} from './day-columns'
import type { CategoryCode, DistrictCode, KindCode, UnitCode } from './domain-codes'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES } from './domain-codes'
import { RED_CARD_AFTER_MS } from './kpis'
import { hostilePick } from './hostile-text'
import type { Rand } from './order-text'
import { STAGE, StagePacker } from './packed-stages'
import { DayDraws } from './random'
import { WorkingDayMemo } from './working-day-memo'
import type { TimeLimits } from './time-limits'
import type { DeadlineEvent, Outcome, Reminder, SupervisionRecord, WorkOrder } from './work-order'

// ---------------------------------------------------------------------------------------------
// Parameters (scenarios are transformations of these; see scenarios.ts)

export interface BacklogParams {
  /** The unit falling behind. */
  readonly unit: UnitCode
  /** Epoch days (inclusive) of receipt during which it falls behind. */
  readonly fromEpochDay: number
  readonly toEpochDay: number
  /** Share of its complaints and reports whose stages run late, and by how much. */
  readonly lateShare: number
  /** Share of its tickets that were first sent to the wrong unit. */
  readonly returnShare: number
}

export interface GeneratorParams {
  /** Multiplies every arrival rate (0: no orders at all). */
  readonly volume: number
  /** Extra multiplier per category and day (tourism surge); 1 when absent. */
  readonly categoryBoost?: ((category: CategoryCode, epochDay: number) => number) | undefined
  /** Shares of stages done after their limit (calibrated to 99.86 % / 99.9 %+). */
  readonly late: {
    readonly initialCheck: number
    readonly reportCheck: number
    readonly closure: number
    readonly reply: number
    readonly followUp: number
  }
  /** Rates of the events that move deadlines. */
  readonly rates: {
    /** Tickets first sent to a wrong unit, returned and re-dispatched. */
    readonly wrongUnit: number
    /** Complex 12345 items asking for an extension of the 5-working-day limit. */
    readonly extension12345: number
    /** Reports asking for the +15 working days of verification. */
    readonly extensionReport: number
    /** Extensions a director approves. */
    readonly extensionApproval: number
    /** Complaints in mediation that need testing or appraisal. */
    readonly suspension: number
  }
  readonly backlog?: BacklogParams | undefined
  /** Share of orders whose free text is replaced by hostile strings. */
  readonly hostileShare: number
}

export const CALIBRATED_PARAMS: GeneratorParams = {
  volume: 1,
  late: { initialCheck: 0.0012, reportCheck: 0.0004, closure: 0.00008, reply: 0.002, followUp: 0.003 },
  rates: {
    wrongUnit: 0.03,
    extension12345: 0.08,
    extensionReport: 0.06,
    extensionApproval: 0.9,
    suspension: 0.02,
  },
  hostileShare: 0,
}

export interface DayGeneratorConfig {
  readonly seed: number
  readonly limits: TimeLimits
  readonly params: GeneratorParams
  /**
   * Days kept in the memo (their columns, and their orders once built). By default enough for
   * the longest request: a one-year summary compared with the year before, plus the lookback of
   * deadlines (about 1,300 days, ~50 KB a day with their orders); a three-year list scans 1,096.
   */
  readonly cacheDays?: number
}

// ---------------------------------------------------------------------------------------------
// Arrival model

/** Yearly growth of intake (the model city's volumes rose year on year). */
const GROWTH_PER_YEAR = 0.06
const EPOCH_DAY_2023_07_01 = 19539

/** Categories whose demand rises on holidays and in summer (tourist city). */
const TOURISM = new Set<string>(['tourism', 'cateringLodging'])

/** Monthly factors, Jan..Dec: February lowest (Spring Festival), March (3·15) a peak. */
const MONTH_GENERAL = [1.0, 0.72, 1.28, 1.0, 1.0, 0.95, 1.0, 1.0, 0.95, 0.95, 0.95, 0.9] as const
/** Tourism and catering: July-August beach season, Golden Weeks. */
const MONTH_TOURISM = [0.45, 0.45, 0.55, 0.9, 1.5, 1.2, 3.3, 3.5, 1.3, 1.5, 0.5, 0.4] as const

/** Base shares of categories (sum 1). */
const CATEGORY_SHARE: Readonly<Record<string, number>> = {
  prepaidCards: 0.08,
  cateringLodging: 0.09,
  tourism: 0.04,
  onlineShopping: 0.14,
  homeRenovation: 0.06,
  cars: 0.06,
  education: 0.05,
  beautyMedical: 0.04,
  foodSafety: 0.1,
  falseAdvertising: 0.06,
  pricing: 0.07,
  productQuality: 0.09,
  afterSales: 0.08,
  telecoms: 0.04,
}

/** [complaint, report] probabilities per category (the rest are consultations). */
const KIND_SHARE: Readonly<Record<string, readonly [number, number]>> = {
  foodSafety: [0.25, 0.35],
  falseAdvertising: [0.15, 0.5],
  pricing: [0.3, 0.3],
}
const DEFAULT_KIND_SHARE = [0.42, 0.07] as const

/** Hourly intake weights (China time), working days and rest days: the hotline never closes. */
const HOURS_WORKING = [
  0.25, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 3.5, 7, 7.5, 6.5, 4, 4.5, 6.8, 6.8, 6.2, 5, 3, 2.2, 1.8, 1.4, 0.9,
  0.5,
] as const
const HOURS_REST = [
  0.4, 0.25, 0.15, 0.1, 0.1, 0.2, 0.4, 0.9, 2, 4, 5, 5, 4.2, 4, 4.5, 4.8, 4.6, 4.2, 3.6, 3.2, 2.6, 2, 1.3,
  0.8,
] as const

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length)
  let sum = 0
  weights.forEach((w, i) => {
    sum += w
    out[i] = sum
  })
  return out.map((v) => v / sum)
}
const HOURS_WORKING_CUM = cumulative(HOURS_WORKING)
const HOURS_REST_CUM = cumulative(HOURS_REST)

/** `cumulative` written into `out` (as long as `weights`). */
function cumulativeInto(weights: Float64Array, out: Float64Array): Float64Array {
  let sum = 0
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0
    out[i] = sum
  }
  for (let i = 0; i < weights.length; i++) out[i] = (out[i] ?? 0) / sum
  return out
}

function pickCumulative(cum: Float64Array, u: number): number {
  for (let i = 0; i < cum.length; i++) if (u < (cum[i] ?? 1)) return i
  return cum.length - 1
}

const holidaySets = new Map<number, Set<string>>()
function isHoliday(day: ChinaDay, year: number): boolean {
  let set = holidaySets.get(year)
  if (!set) {
    set = new Set(calendarYear(year).holidays)
    holidaySets.set(year, set)
  }
  return set.has(day)
}

/** Parts of a day the arrival model needs, without Date objects. */
interface DayInfo {
  readonly epochDay: number
  readonly day: ChinaDay
  readonly month: number
  readonly date: number
  readonly working: boolean
  readonly holiday: boolean
}

function dayInfo(epochDay: number): DayInfo {
  const day = dayFromEpochDay(epochDay)
  const year = Number(day.slice(0, 4))
  return {
    epochDay,
    day,
    month: Number(day.slice(5, 7)),
    date: Number(day.slice(8, 10)),
    working: isWorkingEpochDay(epochDay),
    holiday: isHoliday(day, year),
  }
}

/** Expected arrivals per category before normalization (relative units). */
function categoryWeight(category: string, info: DayInfo): number {
  const tourism = TOURISM.has(category)
  const month = (tourism ? MONTH_TOURISM : MONTH_GENERAL)[info.month - 1] ?? 1
  let w = (CATEGORY_SHARE[category] ?? 0.02) * month
  if (info.holiday) w *= tourism ? 1.9 : 0.42
  else w *= info.working ? 1.12 : 0.6
  // 3·15 (World Consumer Rights Day): the week around it brings a wave of complaints.
  if (!tourism && info.month === 3 && info.date >= 13 && info.date <= 17) w *= 1.6
  return w
}

function growth(epochDay: number): number {
  return Math.pow(1 + GROWTH_PER_YEAR, (epochDay - EPOCH_DAY_2023_07_01) / 365.25)
}

/** Intake per relative unit so that 2023 receives 51,200 items (the published figure). */
let baseRate: number | null = null
function calibratedBaseRate(): number {
  if (baseRate !== null) return baseRate
  const first = epochDayOf('2023-01-01')
  const last = epochDayOf('2023-12-31')
  let sum = 0
  for (let e = first; e <= last; e++) {
    const info = dayInfo(e)
    // Once a day, not per category: the same number, and this runs before the JIT has warmed up.
    const dayGrowth = growth(e)
    for (const category of CATEGORY_CODES) sum += categoryWeight(category, info) * dayGrowth
  }
  baseRate = 51_200 / sum
  return baseRate
}

// ---------------------------------------------------------------------------------------------
// Draw helpers

function gauss(rand: Rand): number {
  const u = 1 - rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand())
}

/** Whole seconds: the API's timestamps carry seconds (see china-time.ts). */
function seconds(ms: number): number {
  return Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND
}

/** Shares of intake by area (population and commerce); the beach resort draws tourism. */
const DISTRICT_WEIGHT: Readonly<Record<DistrictCode, number>> = {
  '371102': 0.36,
  '371103': 0.14,
  '371121': 0.1,
  '371122': 0.16,
  'rz-etdz': 0.1,
  'rz-shanhaitian': 0.07,
  'rz-hitech': 0.07,
}
const TOURIST_ZONE: DistrictCode = 'rz-shanhaitian'

function districtWeights(category: CategoryCode): Float64Array {
  return cumulative(
    DISTRICT_CODES.map((code) => {
      const base = DISTRICT_WEIGHT[code]
      return TOURISM.has(category) && code === TOURIST_ZONE ? base * 4 : base
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// The generator

export interface DayGenerator {
  /** The orders received on this China day, in receipt order. */
  ordersOn(day: ChinaDay): readonly WorkOrder[]
  /** Same, by epoch day (no string parsing); built once and kept (bounded). */
  ordersOnEpochDay(epochDay: number): readonly WorkOrder[]
  /**
   * The same orders for one reading that keeps none of them: the kept ones when there are, else
   * read from the day's columns into one reused object (a cold answer reads most days once;
   * see day-columns.ts `DayOrderReader`).
   */
  ordersToRead(epochDay: number): DayOrderReader
  /** How many orders the day has (without building them). */
  countOnEpochDay(epochDay: number): number
  /** Expected number of arrivals (before Poisson noise) of a day. */
  expectedIntake(day: ChinaDay): number
  /** See `lateWorkingDaysOf`: for the aggregates' lookback (kpis.ts `dueLookbackDays`). */
  readonly lateWorkingDays: number
}

/**
 * Working days an order's stages may run past their limits in all (a late acceptance decision
 * moves the mediation limit, then closing and the follow-up call may be late too). Calibrated:
 * a few days, inside the lookback's margin. A backlog unit: up to 33 + 45 + 4 (see `generateOrder`).
 */
export function lateWorkingDaysOf(params: GeneratorParams): number {
  return params.backlog ? 33 + 45 + 4 : 0
}

/** hotline12345, platform12315, directorMailbox, callsLetters (CHANNEL_CODES order). */
const CHANNEL_CUM = cumulative([0.45, 0.45, 0.03, 0.07])
const HOTLINE_12345 = CHANNEL_CODES.indexOf('hotline12345')
const PLATFORM_12315 = CHANNEL_CODES.indexOf('platform12315')
const CALLS_LETTERS = CHANNEL_CODES.indexOf('callsLetters')
const P_COMPLAINT = Float64Array.from(CATEGORY_CODES, (c) => (KIND_SHARE[c] ?? DEFAULT_KIND_SHARE)[0])
const P_REPORT = Float64Array.from(CATEGORY_CODES, (c) => (KIND_SHARE[c] ?? DEFAULT_KIND_SHARE)[1])
const DISTRICT_CUM = CATEGORY_CODES.map(districtWeights)
const AMOUNT_FACTOR = Float64Array.from(CATEGORY_CODES, amountFactor)
const COMPLAINT = KIND_CODES.indexOf('complaint')
const REPORT = KIND_CODES.indexOf('report')
const CONSULTATION = KIND_CODES.indexOf('consultation')
const ANSWERED = OUTCOME_CODES.indexOf('answered')
/** `satisfaction` in day-columns.ts: 0 not surveyed. */
const SATISFIED = 1
const DISSATISFIED = 2
const CONSUMER_ASSOCIATION_SHARE = 0.0713

/**
 * More than one order ever draws (about 80 on its longest path): reserved before each order
 * (random.ts `DayDraws`, which throws if an order ever read past it).
 */
const MAX_DRAWS_PER_ORDER = 256

const NO_UNITS: readonly UnitCode[] = []

const DIRECTORS = ['局长 王建国', '副局长 李红', '副局长 张伟'] as const
const CENTER = '市12315指挥中心'

export function createDayGenerator(config: DayGeneratorConfig): DayGenerator {
  const { seed, limits, params } = config
  const cacheDays = config.cacheDays ?? 1400
  // Both bounded to `cacheDays`, least recently used out first (a Map's insertion order).
  const columnsCache = new Map<number, DayColumns>()
  const cache = new Map<number, readonly WorkOrder[]>()

  // Calendar answers memoized by (epoch day, n): a year touches a few thousand distinct ones.
  const workingDays = new WorkingDayMemo()

  const epochDayOfMs = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY)
  const startOfEpochDay = (e: number): number => e * MS_PER_DAY - CHINA_OFFSET_MS

  /**
   * 24:00 of the nth working day after the China day of `fromMs` (calendar.ts
   * `deadlineAfterWorkingDays`: 00:00 of the day after that working day).
   */
  function deadline(fromMs: number, n: number): number {
    return startOfEpochDay(workingDays.nthAfter(epochDayOfMs(fromMs), n) + 1)
  }

  function workingDayAfter(e: number, n: number): number {
    return workingDays.nthAfter(e, n)
  }

  function isWorking(e: number): boolean {
    return workingDays.isWorking(e)
  }

  /** A time in office hours (08:30-17:30) on epoch day e. */
  function officeTime(e: number, rand: Rand): number {
    return seconds(startOfEpochDay(e) + 8.5 * MS_PER_HOUR + rand() * 9 * MS_PER_HOUR)
  }

  /** The next instant the unit's office is open, from `ms`. */
  function nextOfficeOpen(ms: number): number {
    const e = epochDayOfMs(ms)
    const open = startOfEpochDay(e) + 8.5 * MS_PER_HOUR
    const close = startOfEpochDay(e) + 17.5 * MS_PER_HOUR
    if (isWorking(e)) {
      if (ms < open) return open
      if (ms < close) return ms
    }
    return startOfEpochDay(workingDayAfter(e, 1)) + 8.5 * MS_PER_HOUR
  }

  /**
   * A completion k working days after `fromMs` (0 = the same working day, shortly after), during
   * office hours, never before `fromMs`.
   */
  function afterWorkingDays(fromMs: number, k: number, rand: Rand): number {
    if (k === 0) {
      const start = nextOfficeOpen(fromMs)
      return seconds(start + (5 + rand() * 150) * MS_PER_MINUTE)
    }
    const t = officeTime(workingDayAfter(epochDayOfMs(fromMs), k), rand)
    return t > fromMs ? t : seconds(fromMs + (5 + rand() * 60) * MS_PER_MINUTE)
  }

  /** A time inside [fromMs, deadlineAt): on time, typically early; clamped before the limit. */
  function onTimeCompletion(
    fromMs: number,
    maxWorkingDays: number,
    deadlineAt: number,
    rand: Rand,
    meanShare = 0.3,
  ): number {
    // Skewed towards early completion: most units finish well within the limit.
    const u = rand()
    const k = Math.min(maxWorkingDays, Math.floor(-Math.log(1 - u) * meanShare * maxWorkingDays))
    const t = afterWorkingDays(fromMs, k, rand)
    if (t < deadlineAt) return t
    return Math.max(fromMs + MS_PER_MINUTE, deadlineAt - (30 + rand() * 120) * MS_PER_MINUTE)
  }

  /** A completion after the limit: a few hours (or `minDays`) to `maxDays` working days late. */
  function lateCompletion(deadlineAt: number, maxDays: number, rand: Rand, minDays = 0): number {
    const k = minDays + Math.floor(rand() * (maxDays - minDays + 1))
    const day = workingDayAfter(epochDayOfMs(deadlineAt), k)
    const t = officeTime(day, rand)
    return t >= deadlineAt ? t : seconds(deadlineAt + (60 + rand() * 240) * MS_PER_MINUTE)
  }

  /**
   * A stage's completion, late (`lateCompletion`) or on time (`onTimeCompletion`): every stage
   * decides here. Why: a stage's late branch is rare (a few in a year for some), so a call to
   * `lateCompletion` written in each stage's code met no call before that code was compiled, and
   * the first late one threw the compiled code away; this call site sees every stage's late ones.
   */
  function completion(
    late: boolean,
    deadlineAt: number,
    lateMaxDays: number,
    lateMinDays: number,
    fromMs: number,
    maxWorkingDays: number,
    meanShare: number,
    rand: Rand,
  ): number {
    return late
      ? lateCompletion(deadlineAt, lateMaxDays, rand, lateMinDays)
      : onTimeCompletion(fromMs, maxWorkingDays, deadlineAt, rand, meanShare)
  }

  function generate(epochDay: number): DayColumns {
    const info = dayInfo(epochDay)
    draws.startDay(seed, epochDay)
    const rate = calibratedBaseRate() * growth(epochDay) * params.volume
    // Into a kept typed array and summed in a loop (the same sum, in the same order): the array
    // `map` made changed its elements kind once the drawing code was compiled, which threw the
    // compiled `generate` away.
    const weights = weightScratch
    let lambda = 0
    for (let i = 0; i < CATEGORY_CODES.length; i++) {
      const c = CATEGORY_CODES[i] ?? CATEGORY_CODES[0]
      weights[i] = categoryWeight(c, info) * rate * (params.categoryBoost?.(c, epochDay) ?? 1)
    }
    for (const w of weights) lambda += w
    const count = draws.poisson(lambda)
    const columns = createDayColumns(count)
    if (count === 0) {
      columns.times = packer.finish()
      return columns
    }
    const categoryCum = cumulativeInto(weights, categoryScratch)
    const hoursCum = info.working ? HOURS_WORKING_CUM : HOURS_REST_CUM
    const dayStart = startOfEpochDay(epochDay)
    // A typed array sorts numerically in native code (no comparator calls); one kept for every
    // day (a new typed array is an allocation outside the heap, slow while the JIT is cold).
    if (timesScratch.length < count) timesScratch = new Float64Array(count * 2)
    const times = timesScratch.subarray(0, count)
    for (let i = 0; i < count; i++) {
      draws.reserve(2)
      const hour = pickCumulative(hoursCum, rand())
      times[i] = seconds(dayStart + hour * MS_PER_HOUR + rand() * MS_PER_HOUR)
    }
    times.sort()
    idCodes = idTemplate(epochDay)
    for (let i = 0; i < count; i++) {
      orderNumber = i + 1
      currentOrderId = null
      draws.reserve(MAX_DRAWS_PER_ORDER)
      generateOrder(times[i] ?? dayStart, pickCumulative(categoryCum, rand()), rand)
      writeOrder(columns, i, row)
      if (life.events !== NONE || life.reminders !== NONE || life.supervisions !== NONE) {
        writeExtras(columns, i, {
          events: life.events,
          reminders: life.reminders,
          supervisions: life.supervisions,
        })
      }
    }
    // The last order's draws are checked too (each reservation checks the ones before).
    draws.reserve(0)
    // The day's stage times end in one array of its size (packed-stages.ts).
    columns.times = packer.finish()
    return columns
  }

  // One stream object for every day (one day is drawn at a time), and one `rand` reading it:
  // a call site that always sees the same function can have it inlined.
  const draws = new DayDraws()
  const rand: Rand = () => draws.next()

  const weightScratch = new Float64Array(CATEGORY_CODES.length)
  const categoryScratch = new Float64Array(CATEGORY_CODES.length)
  let timesScratch = new Float64Array(512)

  // The order being drawn: its id is built only when a rare record needs it (day-columns.ts
  // builds the ids of the orders it makes).
  let idCodes: IdCodes = idTemplate(0)
  let orderNumber = 0
  let currentOrderId: string | null = null
  function currentId(): string {
    currentOrderId ??= orderId(idCodes, orderNumber)
    return currentOrderId
  }

  /**
   * Who wrote the order's records (reminders, supervisions, extension and return reasons): the
   * centre and the directors, or, for an order with hostile text (scenario `hostile-text`), a
   * hostile text per field, picked from the order's text seed without drawing from `rand`.
   */
  function actor(usual: string, slot: number): string {
    return row.hostileText > 0 ? hostilePick(row.textSeed, slot) : usual
  }

  /** The order being drawn, as the columns keep it: one object, reused. */
  const row: OrderRow = {
    kind: 0,
    channel: 0,
    district: 0,
    category: 0,
    unit: 0,
    outcome: 0,
    consumerAssociation: false,
    caseFiled: false,
    satisfaction: 0,
    hostileText: 0,
    receivedAt: 0,
    recoveredFen: 0,
    disputedFen: 0,
    textSeed: 0,
    stageBase: 0,
  }

  /**
   * What the functions below draw for the order being generated: one object, reused. The draws
   * are split into functions so that each compiles small and fast: a single function with every
   * rare branch took TurboFan ~200 ms per (re)compilation, most of a cold answer.
   */
  // The plain stage objects the draws build die young; orders keep them packed (packed-stages.ts).
  const packer = new StagePacker()

  const life: {
    events: DeadlineEvent[]
    reminders: Reminder[]
    supervisions: SupervisionRecord[]
    outcome: Outcome
    closedAt: number
    recoveredFen: number
    caseFiled: boolean
    /** The review stage's limit and completion: a complaint's acceptance, a report's verification. */
    checkDeadline: number
    checkDone: number
    closeDeadline: number
  } = {
    events: NONE,
    reminders: NONE,
    supervisions: NONE,
    outcome: 'answered',
    closedAt: 0,
    recoveredFen: 0,
    caseFiled: false,
    checkDeadline: 0,
    checkDone: 0,
    closeDeadline: 0,
  }

  /** A ticket first sent to a wrong unit (rare): its return event; the re-dispatch instant. */
  function wrongUnitReturn(
    units: readonly UnitCode[],
    unit: UnitCode,
    dispatchedAt: number,
    rand: Rand,
  ): number {
    // The wrong unit returns it within 2 working days (rarely later), the centre re-dispatches
    // and the right unit's clock starts then: the competent unit's limits count from receipt
    // by it.
    const returnDeadlineAt = deadline(dispatchedAt, limits.wrongUnitReturn)
    const returnedAt = completion(
      rand() < 0.03,
      returnDeadlineAt,
      1,
      0,
      dispatchedAt,
      limits.wrongUnitReturn,
      0.4,
      rand,
    )
    const redispatchedAt = seconds(nextOfficeOpen(returnedAt) + (10 + rand() * 120) * MS_PER_MINUTE)
    const fromUnit = units.find((u2) => u2 !== unit) ?? unit
    life.events = append(life.events, {
      id: `${currentId()}-R1`,
      type: 'return',
      fromUnit,
      toUnit: unit,
      returnedAt,
      returnDeadlineAt,
      redispatchedAt,
      reason: actor('非本单位管辖范围，申请退回重新派单', 10),
    })
    return redispatchedAt
  }

  /** A complaint from the acceptance decision to closing (writes `life`). */
  function complaintLife(
    clockStart: number,
    activeFrom: number,
    signedAt: number,
    hotline: boolean,
    behind: boolean,
    extraDays: number,
    rand: Rand,
    consumerAssociation: boolean,
    disputedYuan: number,
  ): void {
    let closedAt: number
    let closureDeadline: number
    let recoveredFen = 0
    let caseFiled = false
    const acceptDeadline = deadline(clockStart, limits.complaintAcceptance)
    // A 12345 item's 5-day handling limit forces an early decision, so the (rare) late initial
    // checks happen on the other channels, where they make up the calibrated share overall.
    const lateAccept = behind
      ? rand() < 0.5
      : !hotline && rand() < params.late.initialCheck / NON_HOTLINE_SHARE
    const acceptedAt = completion(
      lateAccept,
      acceptDeadline,
      behind ? 30 : 3,
      behind ? 3 : 0,
      signedAt,
      hotline ? 2 : limits.complaintAcceptance,
      0.25,
      rand,
    )
    const decidedAt = Math.max(acceptedAt, signedAt + MS_PER_MINUTE)
    packer.set(STAGE.accepted, acceptDeadline, decidedAt)
    life.checkDeadline = acceptDeadline
    life.checkDone = decidedAt
    const r = rand()
    const outcome: Outcome = consumerAssociation
      ? r < 0.86
        ? 'mediated'
        : r < 0.95
          ? 'terminated'
          : 'withdrawn'
      : r < 0.09
        ? 'refused'
        : r < 0.17
          ? 'withdrawn'
          : r < 0.3
            ? 'terminated'
            : 'mediated'
    if (outcome === 'refused') {
      closedAt = seconds(decidedAt + (1 + rand() * 30) * MS_PER_MINUTE)
      closureDeadline = hotline
        ? deadline(activeFrom, limits.hotline12345Handling + extraDays)
        : acceptDeadline
      if (closedAt >= closureDeadline) closedAt = Math.max(decidedAt, closureDeadline - MS_PER_MINUTE)
    } else {
      let suspensionDays = 0
      if (!hotline && rand() < params.rates.suspension) {
        suspensionDays = 3 + Math.floor(rand() * 13)
        const from = afterWorkingDays(decidedAt, 1 + Math.floor(rand() * 5), rand)
        const to = startOfEpochDay(workingDayAfter(epochDayOfMs(from), suspensionDays)) + 10 * MS_PER_HOUR
        life.events = append(life.events, {
          id: `${currentId()}-S1`,
          type: 'suspension',
          reason: rand() < 0.6 ? 'testing' : 'appraisal',
          from,
          to,
          workingDays: suspensionDays,
        })
      }
      closureDeadline = hotline
        ? deadline(activeFrom, limits.hotline12345Handling + extraDays)
        : deadline(decidedAt, limits.mediation + suspensionDays)
      const lateClose = behind ? rand() < 0.6 : rand() < params.late.closure
      const maxDays = hotline ? limits.hotline12345Handling + extraDays : 20 + suspensionDays
      const mediatedAt = completion(
        lateClose,
        closureDeadline,
        behind ? 40 : 4,
        behind ? 5 : 0,
        decidedAt,
        maxDays,
        0.35,
        rand,
      )
      const mediated = Math.max(mediatedAt, decidedAt + MS_PER_MINUTE)
      packer.set(STAGE.mediated, closureDeadline, mediated)
      closedAt = seconds(mediated + (1 + rand() * 40) * MS_PER_MINUTE)
      if (!lateClose && closedAt >= closureDeadline) closedAt = mediated
      if (outcome === 'mediated') {
        // Recovered: part or all of the amount in dispute; the association's cases run larger.
        const share = 0.35 + 0.65 * rand()
        const scale = consumerAssociation ? RECOVERY_SCALE_CA : RECOVERY_SCALE
        recoveredFen = Math.round(disputedYuan * share * scale) * 100
      }
      if (outcome !== 'withdrawn' && rand() < COMPLAINT_TO_CASE) caseFiled = true
    }
    packer.set(STAGE.closed, closureDeadline, closedAt)
    life.closeDeadline = closureDeadline
    life.outcome = outcome
    life.closedAt = closedAt
    life.recoveredFen = recoveredFen
    life.caseFiled = caseFiled
  }

  /** A report from verification to closing (writes `life`). */
  function reportLife(
    clockStart: number,
    activeFrom: number,
    signedAt: number,
    hotline: boolean,
    behind: boolean,
    extraDays: number,
    rand: Rand,
  ): void {
    let closedAt: number
    // Report: verify within 15 working days (+15 with approval); 12345 leads within 5 (+10).
    const closureDeadline = hotline
      ? deadline(activeFrom, limits.hotline12345Handling + extraDays)
      : deadline(clockStart, limits.reportVerification + extraDays)
    const lateVerify = behind ? rand() < 0.5 : rand() < params.late.reportCheck
    const maxDays = hotline ? limits.hotline12345Handling + extraDays : limits.reportVerification + extraDays
    const verifiedAt = completion(
      lateVerify,
      closureDeadline,
      behind ? 35 : 3,
      behind ? 5 : 0,
      signedAt,
      maxDays,
      0.4,
      rand,
    )
    const verified = Math.max(verifiedAt, signedAt + MS_PER_MINUTE)
    packer.set(STAGE.verified, closureDeadline, verified)
    life.checkDeadline = closureDeadline
    life.checkDone = verified
    closedAt = seconds(verified + (1 + rand() * 30) * MS_PER_MINUTE)
    if (!lateVerify && closedAt >= closureDeadline) closedAt = verified
    packer.set(STAGE.closed, closureDeadline, closedAt)
    life.closeDeadline = closureDeadline
    const outcome: Outcome = rand() < 0.18 ? 'caseFiled' : 'reportDecided'
    life.outcome = outcome
    life.closedAt = closedAt
    life.recoveredFen = 0
    life.caseFiled = outcome === 'caseFiled'
  }

  /** The extension request (and its decision) of an order that asked for one (writes `life`). */
  function extensionEvent(
    kind: KindCode,
    signedAt: number,
    closedAt: number,
    extra: number,
    approved: boolean,
    rand: Rand,
  ): void {
    // Requested once the unit sees the item is complex (1-3 working days in), before closing;
    // decided by a director within the next office hours.
    const requestedAt = Math.min(
      afterWorkingDays(signedAt, 1 + Math.floor(rand() * 3), rand),
      closedAt - MS_PER_HOUR,
    )
    const decidedAt = seconds(
      Math.min(nextOfficeOpen(requestedAt) + (30 + rand() * 300) * MS_PER_MINUTE, closedAt),
    )
    life.events = append(life.events, {
      id: `${currentId()}-E1`,
      type: 'extension',
      requestedAt,
      extraWorkingDays: extra,
      reason: actor(kind === 'report' ? '案情复杂，需延长核查期限' : '涉及多方协调，申请延期办理', 11),
      decidedAt,
      decision: approved ? 'approved' : 'rejected',
      decidedBy: actor(DIRECTORS[Math.floor(rand() * DIRECTORS.length)] ?? DIRECTORS[0], 12),
    })
  }

  /**
   * Reminders (催办) in the warning window before a limit the unit then meets late or just in
   * time, and supervision (督办) within a working day of an overdue limit (writes `life`).
   */
  function remindersAndSupervision(receivedAt: number, rand: Rand): void {
    // The stages in the loop's order (accepted or verified, then closed), from the values just
    // packed: reading them back by stage code cost more than the rest of this.
    if (remindsAround(life.checkDeadline, life.checkDone, receivedAt)) {
      remindAround(life.checkDeadline, life.checkDone, receivedAt, rand)
    }
    if (remindsAround(life.closeDeadline, life.closedAt, receivedAt)) {
      remindAround(life.closeDeadline, life.closedAt, receivedAt, rand)
    }
  }

  /**
   * Whether `remindAround` writes anything (it draws nothing otherwise). Asked first because
   * most stages are done well in time, and a call passing three epoch-ms numbers to a function
   * not compiled into its caller boxes each of them (some 4 MB of garbage a year of orders).
   */
  function remindsAround(deadlineAt: number, completedAt: number, receivedAt: number): boolean {
    const warnAt = deadlineAt - MS_PER_DAY - 6 * MS_PER_HOUR
    return completedAt > warnAt && (warnAt > receivedAt || completedAt >= deadlineAt)
  }

  /** Reminders and supervision around one stage's limit (see `remindersAndSupervision`). */
  function remindAround(deadlineAt: number, completedAt: number, receivedAt: number, rand: Rand): void {
    const warnAt = deadlineAt - MS_PER_DAY - 6 * MS_PER_HOUR
    if (completedAt > warnAt && warnAt > receivedAt) {
      life.reminders = append(life.reminders, {
        id: `${currentId()}-C${life.reminders.length + 1}`,
        at: seconds(warnAt),
        method: 'platform',
        by: actor(CENTER, 13 + 4 * life.reminders.length),
        note: actor('该件即将到期，请抓紧办理（黄牌提醒）', 14 + 4 * life.reminders.length),
        source: 'model',
      })
    }
    if (completedAt >= deadlineAt) {
      // Red card: still open at noon of the first overdue day (RED_CARD_AFTER_MS, kpis.ts).
      const overdueAt = seconds(deadlineAt + (9 + rand() * 2) * MS_PER_HOUR)
      if (completedAt > deadlineAt + RED_CARD_AFTER_MS) {
        life.reminders = append(life.reminders, {
          id: `${currentId()}-C${life.reminders.length + 1}`,
          at: overdueAt,
          method: 'phone',
          by: actor(CENTER, 15 + 4 * life.reminders.length),
          note: actor('已超期，电话催办（红牌）', 16 + 4 * life.reminders.length),
          source: 'model',
        })
        const openedAt = afterWorkingDays(overdueAt, 1, rand)
        life.supervisions = append(life.supervisions, {
          id: `${currentId()}-D${life.supervisions.length + 1}`,
          openedAt,
          by: actor(DIRECTORS[Math.floor(rand() * DIRECTORS.length)] ?? DIRECTORS[0], 17),
          reason: 'overdue',
          note: actor('超期未办结，下发督办单，限期办理并报告', 18),
          closedAt: Math.max(completedAt, openedAt + MS_PER_HOUR),
          source: 'model',
        })
      }
    }
  }

  /** Draws one order into `row` and `life` (day-columns.ts keeps it, `generate` writes it). */
  function generateOrder(receivedAt: number, categoryIndex: number, rand: Rand): void {
    const category = CATEGORY_CODES[categoryIndex] ?? CATEGORY_CODES[0]
    // By index, not by name: a lookup by a name the code has not seen yet resets the JIT's
    // count towards compiling this function, and a cold answer runs it ~80k times.
    const pComplaint = P_COMPLAINT[categoryIndex] ?? 0
    const pReport = P_REPORT[categoryIndex] ?? 0
    const u = rand()
    const kind: KindCode = u < pComplaint ? 'complaint' : u < pComplaint + pReport ? 'report' : 'consultation'
    const consumerAssociation = kind === 'complaint' && rand() < CONSUMER_ASSOCIATION_SHARE
    let channel = pickCumulative(CHANNEL_CUM, rand())
    // The association's intake arrives through the merged 12315 platform or by letter and call.
    if (consumerAssociation) channel = rand() < 0.8 ? PLATFORM_12315 : CALLS_LETTERS
    const districtIndex = pickCumulative(DISTRICT_CUM[categoryIndex] ?? districtWeights(category), rand())
    const district = DISTRICT_CODES[districtIndex] ?? DISTRICT_CODES[0]
    const units = UNITS_BY_DISTRICT[districtIndex] ?? NO_UNITS
    const unitPick = Math.floor(rand() * units.length)
    const unit = units[unitPick] ?? (district as string as UnitCode)

    const epochDay = epochDayOfMs(receivedAt)
    const backlog =
      params.backlog?.unit === unit &&
      epochDay >= params.backlog.fromEpochDay &&
      epochDay <= params.backlog.toEpochDay &&
      kind !== 'consultation'
        ? params.backlog
        : undefined
    const behind = backlog !== undefined && rand() < backlog.lateShare

    // The amount in dispute: log-normal, median ~900 yuan, a long tail (cars, renovation). The
    // association's cases are everyday disputes with a thinner tail (its yearly total is
    // published, and a few car cases must not swing it by 10 %).
    const sigma = consumerAssociation ? 0.75 : 0.9
    const disputedYuan = Math.max(
      20,
      Math.round(Math.exp(6.8 + sigma * gauss(rand)) * (AMOUNT_FACTOR[categoryIndex] ?? 1)),
    )
    // Stored signed (`| 0`): a small integer needs no boxed number per order (work-order.ts).
    const textSeed = Math.floor(rand() * 0x1_0000_0000) | 0
    const hostileText: 0 | 1 | 2 =
      params.hostileShare > 0 && rand() < params.hostileShare ? (rand() < 0.5 ? 1 : 2) : 0

    // Compared, not looked up by name: a lookup by name meeting three names at one site is the
    // engine's generic one, a hash probe per order.
    row.kind = kind === 'complaint' ? COMPLAINT : kind === 'report' ? REPORT : CONSULTATION
    row.channel = channel
    row.district = districtIndex
    row.category = categoryIndex
    row.unit = units.length === 0 ? NO_UNIT : unitPick
    row.consumerAssociation = consumerAssociation
    row.receivedAt = receivedAt
    row.textSeed = textSeed
    row.hostileText = hostileText
    // Most orders have no events, reminders or supervision: they share one frozen empty array.
    life.events = NONE
    life.reminders = NONE
    life.supervisions = NONE
    if (kind === 'consultation') {
      // Most questions are answered on the call; the rest within the 12345 limit.
      const deadlineAt = deadline(receivedAt, limits.hotline12345Handling)
      const answeredAt =
        rand() < 0.8
          ? seconds(receivedAt + (2 + rand() * 15) * MS_PER_MINUTE)
          : onTimeCompletion(receivedAt, 3, deadlineAt, rand)
      // Half the orders: packed straight from the draws.
      row.stageBase = packer.packConsultation(receivedAt, deadlineAt, answeredAt)
      row.outcome = ANSWERED
      row.recoveredFen = 0
      row.disputedFen = 0
      row.caseFiled = false
      row.satisfaction = 0
      return
    }

    // Stage times go straight into the day's packed array (packed-stages.ts).
    packer.begin(kind)
    packer.set(STAGE.received, null, receivedAt)

    // Dispatch (within 1 working day), and maybe a return from a wrong unit.
    const dispatchDeadline = deadline(receivedAt, limits.dispatch)
    let dispatchedAt = seconds(nextOfficeOpen(receivedAt) + rand() * 90 * MS_PER_MINUTE)
    if (dispatchedAt >= dispatchDeadline) dispatchedAt = dispatchDeadline - 30 * MS_PER_MINUTE
    packer.set(STAGE.dispatched, dispatchDeadline, dispatchedAt)
    let clockStart = receivedAt
    let activeFrom = dispatchedAt
    const wrongUnitRate = backlog ? backlog.returnShare : params.rates.wrongUnit
    if (units.length > 1 && rand() < wrongUnitRate) {
      // The wrong unit returns it (within 2 working days by rule), the centre re-dispatches and
      // the right unit's clock starts then: its limits count from receipt by it.
      clockStart = wrongUnitReturn(units, unit, dispatchedAt, rand)
      activeFrom = clockStart
    }
    const signDeadline = deadline(activeFrom, limits.dispatch)
    let signedAt = seconds(nextOfficeOpen(activeFrom) + (5 + rand() * 120) * MS_PER_MINUTE)
    if (signedAt >= signDeadline) signedAt = signDeadline - 20 * MS_PER_MINUTE
    packer.set(STAGE.signed, signDeadline, signedAt)

    const hotline = channel === HOTLINE_12345
    // 12345 items: handle and reply within 5 working days, extendable by up to 10 with approval.
    let extraDays = 0
    let extension: { requestedAt: number; approved: boolean; extra: number } | null = null
    const extensionRate = hotline
      ? params.rates.extension12345
      : kind === 'report'
        ? params.rates.extensionReport
        : 0
    if (extensionRate > 0 && rand() < extensionRate) {
      const extra = hotline ? limits.hotline12345Extension : limits.reportVerificationExtension
      const approved = rand() < params.rates.extensionApproval
      extension = { requestedAt: 0, approved, extra }
      if (approved) extraDays = extra
    }

    if (kind === 'complaint') {
      complaintLife(
        clockStart,
        activeFrom,
        signedAt,
        hotline,
        behind,
        extraDays,
        rand,
        consumerAssociation,
        disputedYuan,
      )
    } else {
      reportLife(clockStart, activeFrom, signedAt, hotline, behind, extraDays, rand)
    }
    const { outcome, closedAt } = life

    if (extension) extensionEvent(kind, signedAt, closedAt, extension.extra, extension.approved, rand)

    // Reply: the person told of the outcome (refusal / termination notice 7 working days,
    // reporter 5 working days after the decision).
    const replyLimit = kind === 'report' ? limits.reporterNotice : limits.terminationNotice
    const replyDeadline = deadline(closedAt, replyLimit)
    const repliedAt = completion(rand() < params.late.reply, replyDeadline, 2, 0, closedAt, 2, 0.3, rand)
    packer.set(STAGE.replied, replyDeadline, repliedAt)
    const followDeadline = deadline(closedAt, limits.followUpCall)
    const followedAt = completion(
      rand() < params.late.followUp,
      followDeadline,
      2,
      0,
      Math.max(closedAt, repliedAt - 12 * MS_PER_HOUR),
      limits.followUpCall,
      0.4,
      rand,
    )
    packer.set(STAGE.followUp, followDeadline, Math.max(followedAt, closedAt + MS_PER_MINUTE))

    // Follow-up survey: 88 % reached; most satisfied, less so after a refusal or termination.
    let satisfaction = 0
    if (rand() < 0.88) {
      const pSatisfied = outcome === 'refused' || outcome === 'terminated' ? 0.82 : behind ? 0.75 : 0.975
      satisfaction = rand() < pSatisfied ? SATISFIED : DISSATISFIED
    }

    remindersAndSupervision(receivedAt, rand)

    row.stageBase = packer.end()
    // A search of seven interned strings: a lookup by name with seven names at one site was
    // the engine's slowest kind.
    row.outcome = OUTCOME_CODES.indexOf(outcome)
    row.recoveredFen = life.recoveredFen
    row.disputedFen = disputedYuan * 100
    row.caseFiled = life.caseFiled
    row.satisfaction = satisfaction
  }

  /** The day's columns, drawn once and kept (bounded, least recently used out first). */
  function columnsOnEpochDay(epochDay: number): DayColumns {
    const hit = columnsCache.get(epochDay)
    if (hit) {
      columnsCache.delete(epochDay)
      columnsCache.set(epochDay, hit)
      return hit
    }
    const columns = generate(epochDay)
    columnsCache.set(epochDay, columns)
    if (columnsCache.size > cacheDays) {
      const oldest = columnsCache.keys().next()
      if (!oldest.done) columnsCache.delete(oldest.value)
    }
    return columns
  }

  function ordersOnEpochDay(epochDay: number): readonly WorkOrder[] {
    const hit = cache.get(epochDay)
    if (hit) {
      // Refresh its place: the Map's insertion order is the LRU order.
      cache.delete(epochDay)
      cache.set(epochDay, hit)
      return hit
    }
    const orders = materializeDay(columnsOnEpochDay(epochDay), epochDay)
    cache.set(epochDay, orders)
    if (cache.size > cacheDays) {
      const oldest = cache.keys().next()
      if (!oldest.done) cache.delete(oldest.value)
    }
    return orders
  }

  return {
    ordersOn: (day) => ordersOnEpochDay(epochDayOf(day)),
    ordersOnEpochDay,
    ordersToRead: (epochDay) =>
      new DayOrderReader(columnsOnEpochDay(epochDay), epochDay, cache.get(epochDay)),
    countOnEpochDay: (epochDay) => columnsOnEpochDay(epochDay).count,
    lateWorkingDays: lateWorkingDaysOf(params),
    expectedIntake(day) {
      const e = epochDayOf(day)
      const info = dayInfo(e)
      const rate = calibratedBaseRate() * growth(e) * params.volume
      let sum = 0
      for (const c of CATEGORY_CODES)
        sum += categoryWeight(c, info) * rate * (params.categoryBoost?.(c, e) ?? 1)
      return sum
    },
  }
}

function append<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item]
  list.push(item)
  return list
}

/** Share of complaints not from the 12345 hotline (association intake never is). */
const NON_HOTLINE_SHARE = 0.58

/** Recovered money per yuan in dispute (calibrated: 26.587 million yuan in 2023). */
const RECOVERY_SCALE = 1.506
const RECOVERY_SCALE_CA = 2.42
/** Share of complaints that reveal a violation and become a penalty case (诉转案). */
const COMPLAINT_TO_CASE = 0.015

function amountFactor(category: string): number {
  switch (category) {
    case 'cars':
      return 4
    case 'homeRenovation':
      return 3
    case 'education':
    case 'beautyMedical':
      return 2
    case 'prepaidCards':
      return 1.2
    case 'foodSafety':
    case 'pricing':
      return 0.3
    default:
      return 1
  }
}
