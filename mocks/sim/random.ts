/**
 * Seeded, deterministic randomness for the simulator, on pure-rand's xoroshiro128+.
 *
 * A stream is named by a seed and a list of keys: `createRandom(seed, 'day', epochDay)`. The same
 * name always gives the same numbers, and each name gets its own stream, so any day (or any order
 * of it) can be generated alone, lazily and in any order, with results that never depend on what
 * was generated before. The name is hashed to the generator's full 128-bit state (cyrb128), rather
 * than to pure-rand's 32-bit `xoroshiro128plus(seed)`, so distinct names practically never share a
 * stream and nearby names (day 1, day 2) start far apart.
 *
 * Every draw consumes a documented number of values from the stream; changing a draw's method
 * changes every later number of that stream (and so the simulated city), which is why draws
 * are plain and few.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

export type RandomKey = string | number

/** A stream of draws; calling it directly is `next()`, so it also serves as a `() => number`. */
export interface Random {
  (): number
  /** Uniform in [0, 1), 53 bits. */
  next(): number
  /** Uniform integer in [min, max], both included (unbiased). */
  int(min: number, max: number): number
  /** A uniformly chosen element; throws on an empty array. */
  pick<T>(items: readonly T[]): T
  /** A value chosen with probability proportional to its weight (weights >= 0, sum > 0). */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T
  /** Normal (Gaussian) by Box-Muller; uses two values. */
  normal(mean: number, sd: number): number
  /** exp(normal(mu, sigma)): mu and sigma are the log's mean and sd, so the median is e^mu. */
  logNormal(mu: number, sigma: number): number
  /** Poisson count with mean lambda >= 0 (exact: Knuth below 10, Hörmann's PTRS above). */
  poisson(lambda: number): number
  /** True with probability p (clamped to [0, 1]). */
  chance(p: number): boolean
  /** A new independent stream named by this one's name plus `keys`. */
  fork(...keys: RandomKey[]): Random
}

/**
 * cyrb128 (bryc, public domain): a fast non-cryptographic hash of a string to four 32-bit words.
 * Stable across engines: only Math.imul and 32-bit integer operations.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 | 0, h2 | 0, h3 | 0, h4 | 0]
}

function streamName(parts: readonly RandomKey[]): string {
  for (const part of parts) {
    if (typeof part === 'number' && !Number.isFinite(part))
      throw new RangeError(`Random key must be finite: ${part}`)
  }
  // JSON keeps 1 and '1' apart and needs no separator that a key could contain.
  return JSON.stringify(parts)
}

// log(k!) for small k exactly; Stirling's series beyond (error < 1e-10 for k >= 10).
const LOG_FACTORIAL_TABLE: readonly number[] = (() => {
  const table = [0]
  for (let k = 1; k < 10; k++) table.push((table[k - 1] ?? 0) + Math.log(k))
  return table
})()

function logFactorial(k: number): number {
  const exact = LOG_FACTORIAL_TABLE[k]
  if (exact !== undefined) return exact
  const n = k + 1
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n)
}

function assertFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number: ${value}`)
}

/**
 * pure-rand's xoroshiro128+ (same state layout, same numbers; random.test.ts checks it against
 * pure-rand's), with `nextFloat` drawing a float as pure-rand's `uniformFloat64` does in one call
 * instead of four: a cold one-year summary draws ~2.5 million floats, most of them before the
 * JIT has compiled the callers, where every call counts.
 */
export class Xoroshiro128Plus implements RandomGenerator {
  constructor(
    private s01: number,
    private s00: number,
    private s11: number,
    private s10: number,
  ) {}

  clone(): Xoroshiro128Plus {
    return new Xoroshiro128Plus(this.s01, this.s00, this.s11, this.s10)
  }

  getState(): readonly number[] {
    return [this.s01, this.s00, this.s11, this.s10]
  }

  next(): number {
    const out = (this.s00 + this.s10) | 0
    const a0 = this.s10 ^ this.s00
    const a1 = this.s11 ^ this.s01
    const s00 = this.s00
    const s01 = this.s01
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16)
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16))
    this.s10 = (a1 << 5) ^ (a0 >>> 27)
    this.s11 = (a0 << 5) ^ (a1 >>> 27)
    return out
  }

  /** Uniform in [0, 1), 53 bits: 26 bits of one value and 27 of the next (see `fillFloats`). */
  nextFloat(): number {
    this.fillFloats(this.one)
    return this.one[0] ?? 0
  }

  /** `nextFloat`'s one value: one definition of the step, in `fillFloats`. */
  private readonly one = new Float64Array(1)

  /**
   * The next floats into `out` from index `from` on, each 26 bits of one value and 27 of the
   * next as pure-rand's `uniformFloat64` draws them: the state stays in local variables through
   * the loop instead of going back to the object after every value.
   */
  fillFloats(out: Float64Array, from = 0): void {
    let s00 = this.s00
    let s01 = this.s01
    let s10 = this.s10
    let s11 = this.s11
    for (let i = from; i < out.length; i++) {
      const high = (s00 + s10) & 0x3ff_ffff
      let a0 = s10 ^ s00
      let a1 = s11 ^ s01
      const t00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16)
      s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16))
      s00 = t00
      s10 = (a1 << 5) ^ (a0 >>> 27)
      s11 = (a0 << 5) ^ (a1 >>> 27)
      const low = (s00 + s10) & 0x7ff_ffff
      a0 = s10 ^ s00
      a1 = s11 ^ s01
      const u00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16)
      s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16))
      s00 = u00
      s10 = (a1 << 5) ^ (a0 >>> 27)
      s11 = (a0 << 5) ^ (a1 >>> 27)
      out[i] = high * SCALE_26 + low * SCALE_53
    }
    this.s00 = s00
    this.s01 = s01
    this.s10 = s10
    this.s11 = s11
  }
}
const SCALE_26 = 2 ** -26
const SCALE_53 = 2 ** -53

/** The generator of the stream named by `name` (see the module comment), its first values dropped. */
function seededGenerator(name: readonly RandomKey[]): Xoroshiro128Plus {
  const state = cyrb128(streamName(name))
  // The all-zero state is xoroshiro's one fixed point; a hash of text never realistically gives
  // it, but the guard costs nothing.
  if (state.every((word) => word === 0)) state[0] = 1
  const rng = new Xoroshiro128Plus(state[0], state[1], state[2], state[3])
  // Hash-derived states are already well mixed; a few discarded values decorrelate further for free.
  for (let i = 0; i < 4; i++) rng.next()
  return rng
}

/** Poisson count with mean lambda >= 0 from the uniform draws of `next` (see `Random.poisson`). */
function poissonDraw(next: () => number, lambda: number): number {
  assertFinite(lambda, 'lambda')
  if (lambda < 0) throw new RangeError(`lambda must be >= 0: ${lambda}`)
  if (lambda === 0) return 0
  if (lambda < 10) {
    // Knuth: multiply uniforms until below e^-lambda; about lambda + 1 values.
    const limit = Math.exp(-lambda)
    let k = 0
    let product = next()
    while (product > limit) {
      k++
      product *= next()
    }
    return k
  }
  // Hörmann (1993), "The transformed rejection method for generating Poisson random
  // variables" (PTRS), as in NumPy: about 2.3 values per draw whatever lambda is.
  const sqrtLambda = Math.sqrt(lambda)
  const logLambda = Math.log(lambda)
  const b = 0.931 + 2.53 * sqrtLambda
  const a = -0.059 + 0.02483 * b
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4)
  const vr = 0.9277 - 3.6224 / (b - 2)
  for (;;) {
    const u = next() - 0.5
    const v = next()
    const us = 0.5 - Math.abs(u)
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43)
    if (us >= 0.07 && v <= vr) return k
    if (k < 0 || (us < 0.013 && v > us)) continue
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * logLambda - logFactorial(k)
    ) {
      return k
    }
  }
}

/** A deterministic stream named by `seed` and `keys` (see the module comment). */
export function createRandom(seed: RandomKey, ...keys: RandomKey[]): Random {
  const rng = seededGenerator([seed, ...keys])
  const next = (): number => rng.nextFloat()

  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(min, max) needs integers with min <= max: ${min}, ${max}`)
    }
    return uniformInt(rng, min, max)
  }

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() from an empty array')
    return items[int(0, items.length - 1)] as T
  }

  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let total = 0
    for (const [, weight] of pairs) {
      if (!(weight >= 0) || !Number.isFinite(weight))
        throw new RangeError(`Weights must be finite and >= 0: ${weight}`)
      total += weight
    }
    if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight')
    let target = next() * total
    for (const [value, weight] of pairs) {
      if (target < weight) return value
      target -= weight
    }
    // Floating-point leftovers: the last item with weight.
    const last = pairs.findLast(([, weight]) => weight > 0)
    if (!last) throw new RangeError('weighted() needs a positive total weight')
    return last[0]
  }

  const normal = (mean: number, sd: number): number => {
    assertFinite(mean, 'mean')
    assertFinite(sd, 'sd')
    if (sd < 0) throw new RangeError(`sd must be >= 0: ${sd}`)
    const u = 1 - next() // (0, 1]: log(0) never happens
    const v = next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  const poisson = (lambda: number): number => poissonDraw(next, lambda)

  return Object.assign(next, {
    next,
    int,
    pick,
    weighted,
    normal,
    logNormal: (mu: number, sigma: number) => Math.exp(normal(mu, sigma)),
    poisson,
    chance: (p: number) => next() < p,
    fork: (...more: RandomKey[]) => createRandom(seed, ...keys, ...more),
  })
}

/** The stream of one China day (by epoch day) of a simulation: what generate-day.ts draws from. */
export function dayRandom(seed: RandomKey, epochDay: number): Random {
  return createRandom(seed, 'day', epochDay)
}

/** Values kept drawn ahead by `DayDraws`. */
const DRAWN_AHEAD = 512

/**
 * The streams of days, one after another, for the generator: `next()` gives the same numbers
 * as `dayRandom(seed, epochDay)`, drawn ahead into one reused typed array.
 *
 * Why: a cold one-year summary draws ~2.5 million floats. Drawn one call at a time, each went
 * through two calls the JIT did not inline into the large drawing functions and came back as a
 * new heap number. Here the caller reserves what it may draw (`reserve`, once per order), and
 * `next()` is a load small enough to be inlined everywhere. Values drawn ahead and never used
 * are dropped with the day: every day's stream is its own.
 */
export class DayDraws {
  private readonly ahead = new Float64Array(DRAWN_AHEAD)
  private used = DRAWN_AHEAD
  private rng = new Xoroshiro128Plus(1, 0, 0, 0)

  /** Starts the stream of `dayRandom(seed, epochDay)`. */
  startDay(seed: RandomKey, epochDay: number): void {
    this.rng = seededGenerator([seed, 'day', epochDay])
    this.used = DRAWN_AHEAD
  }

  /**
   * Makes sure `count` more values are drawn ahead (at most DRAWN_AHEAD / 2). Throws when more
   * were read since the last reservation than the array held: the numbers would be wrong.
   */
  reserve(count: number): void {
    if (this.used > DRAWN_AHEAD) throw new Error('DayDraws: more values read than reserved')
    if (DRAWN_AHEAD - this.used >= count) return
    const kept = DRAWN_AHEAD - this.used
    this.ahead.copyWithin(0, this.used)
    this.rng.fillFloats(this.ahead, kept)
    this.used = 0
  }

  /**
   * Uniform in [0, 1) (`Random.next`); only within what was reserved. Kept under the engine's
   * size for always inlining a function (hence no `??`: an overrun reads undefined, and the next
   * `reserve` throws).
   */
  next(): number {
    const i = this.used
    this.used = i + 1
    // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- see above
    return this.ahead[i] as number
  }

  /** A Poisson count (`Random.poisson`), from the same stream. */
  poisson(lambda: number): number {
    return poissonDraw(() => {
      this.reserve(1)
      return this.next()
    }, lambda)
  }
}
