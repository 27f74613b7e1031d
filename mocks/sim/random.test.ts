// @vitest-environment node
// Pure logic: no DOM needed, and the node environment starts much faster than jsdom.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import { describe, expect, it } from 'vitest'
import { DayDraws, Xoroshiro128Plus, createRandom, dayRandom, type Random } from './random.ts'

const N = 10_000
const draws = (count: number, draw: () => number) => Array.from({ length: count }, draw)
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length
const variance = (values: readonly number[]) => {
  const m = mean(values)
  return values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length
}

describe('Xoroshiro128Plus', () => {
  it("draws pure-rand's xoroshiro128+ numbers and uniformFloat64 floats", () => {
    for (const state of [
      [1, 2, 3, 4],
      [-1, 0x7fff_ffff, -0x8000_0000, 12_345],
      [0x1234_5678, -0x0edc_ba98, 0x5555_5555, -0x2aaa_aaab],
    ]) {
      const mine = new Xoroshiro128Plus(state[0] ?? 0, state[1] ?? 0, state[2] ?? 0, state[3] ?? 0)
      const theirs = xoroshiro128plusFromState(state)
      for (let i = 0; i < 1_000; i++) {
        if (i % 3 === 0) expect(mine.next()).toBe(theirs.next())
        else expect(mine.nextFloat()).toBe(uniformFloat64(theirs))
      }
      expect(mine.getState()).toEqual(theirs.getState())
    }
  })
})

describe('createRandom: determinism and independence', () => {
  it('gives the same stream for the same seed and keys', () => {
    const a = createRandom(42, 'day', 20_000)
    const b = createRandom(42, 'day', 20_000)
    expect(draws(100, a)).toEqual(draws(100, b))
    expect(createRandom('seed', 1).int(0, 1_000_000)).toBe(createRandom('seed', 1).int(0, 1_000_000))
  })

  it('is pinned: the simulated city must not change silently', () => {
    // If this fails, every generated order changed: only accept it on purpose.
    const r = createRandom(2023, 'pin')
    expect(draws(3, r).map((x) => x.toFixed(12))).toMatchInlineSnapshot(`
      [
        "0.759127741838",
        "0.156204568896",
        "0.340781262691",
      ]
    `)
    expect(createRandom(2023, 'pin').int(1, 6)).toMatchInlineSnapshot(`3`)
  })

  it('gives different streams for different seeds, keys and key types', () => {
    const first = (r: Random) => draws(4, r).join(',')
    const names: Random[] = [
      createRandom(1),
      createRandom(2),
      createRandom('1'),
      createRandom(1, 'day', 1),
      createRandom(1, 'day', 2),
      createRandom(1, 'day', '1'),
      createRandom(1, 'day1'),
      createRandom(1, 'da', 'y1'),
      dayRandom(1, 3),
      createRandom(1, 'day', 3).fork('x'),
    ]
    const firsts = names.map(first)
    expect(new Set(firsts).size).toBe(firsts.length)
    expect(first(dayRandom(1, 3))).toBe(first(createRandom(1, 'day', 3)))
    expect(first(createRandom(1, 'day', 3).fork('x'))).toBe(first(createRandom(1, 'day', 3, 'x')))
  })

  it('does not depend on what other streams drew (any day can be generated alone)', () => {
    const alone = draws(20, dayRandom(7, 100))
    const other = dayRandom(7, 99)
    draws(1000, other)
    expect(draws(20, dayRandom(7, 100))).toEqual(alone)
  })

  it('keeps neighbouring streams uncorrelated', () => {
    // Pearson correlation of the first draw of day d and day d + 1 over 2,000 days.
    const xs = Array.from({ length: 2000 }, (_, d) => dayRandom(5, d).next())
    const pairs = xs.slice(1).map((y, i) => [xs[i]!, y] as const)
    const mx = mean(pairs.map(([x]) => x))
    const my = mean(pairs.map(([, y]) => y))
    const cov = mean(pairs.map(([x, y]) => (x - mx) * (y - my)))
    const corr = cov / Math.sqrt(variance(pairs.map(([x]) => x)) * variance(pairs.map(([, y]) => y)))
    expect(Math.abs(corr)).toBeLessThan(0.06)
  })
})

describe('distributions (fixed seeds, 10k draws)', () => {
  it('next is uniform in [0, 1)', () => {
    const values = draws(N, createRandom(1, 'uniform'))
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(mean(values)).toBeCloseTo(0.5, 1)
    expect(variance(values)).toBeCloseTo(1 / 12, 2)
    const deciles = new Array<number>(10).fill(0)
    for (const v of values) deciles[Math.floor(v * 10)]! += 1
    for (const count of deciles) expect(Math.abs(count - N / 10)).toBeLessThan(150)
  })

  it('int covers [min, max] evenly and validates', () => {
    const r = createRandom(1, 'int')
    const counts = new Map<number, number>()
    for (let i = 0; i < N; i++) {
      const v = r.int(-2, 3)
      counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3])
    for (const count of counts.values()) expect(Math.abs(count - N / 6)).toBeLessThan(150)
    expect(r.int(4, 4)).toBe(4)
    expect(() => r.int(3, 2)).toThrow(RangeError)
    expect(() => r.int(0.5, 2)).toThrow(RangeError)
  })

  it('pick and weighted follow their weights', () => {
    const r = createRandom(1, 'pick')
    const picks = draws(N, () => ['a', 'b'].indexOf(r.pick(['a', 'b'])))
    expect(mean(picks)).toBeCloseTo(0.5, 1)
    const counts = { x: 0, y: 0, z: 0 }
    for (let i = 0; i < N; i++) {
      counts[
        r.weighted([
          ['x', 1],
          ['y', 3],
          ['z', 0],
        ] as const)
      ] += 1
    }
    expect(counts.z).toBe(0)
    expect(counts.y / N).toBeCloseTo(0.75, 1)
    expect(() => r.pick([])).toThrow(RangeError)
    expect(() => r.weighted([['x', 0]])).toThrow(RangeError)
    expect(() => r.weighted([['x', -1]])).toThrow(RangeError)
  })

  it('normal and logNormal have the right moments', () => {
    const r = createRandom(1, 'normal')
    const values = draws(N, () => r.normal(10, 2))
    expect(Math.abs(mean(values) - 10)).toBeLessThan(0.06)
    expect(Math.abs(Math.sqrt(variance(values)) - 2)).toBeLessThan(0.06)
    const logs = draws(N, () => r.logNormal(1, 0.5)).sort((a, b) => a - b)
    expect(Math.abs(logs[N / 2]! - Math.E) / Math.E).toBeLessThan(0.03) // median e^mu
    expect(logs[0]).toBeGreaterThan(0)
    expect(() => r.normal(0, -1)).toThrow(RangeError)
  })

  it.each([0.3, 4, 9.9, 10, 140, 5000])('poisson(%s) has mean and variance lambda', (lambda) => {
    const r = createRandom(1, 'poisson', lambda)
    const values = draws(N, () => r.poisson(lambda))
    expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true)
    const tolerance = 4 * Math.sqrt(lambda / N)
    expect(Math.abs(mean(values) - lambda)).toBeLessThan(tolerance)
    expect(Math.abs(variance(values) / lambda - 1)).toBeLessThan(0.06)
  })

  it('poisson edge cases', () => {
    const r = createRandom(1, 'poisson-edge')
    expect(r.poisson(0)).toBe(0)
    expect(() => r.poisson(-1)).toThrow(RangeError)
    expect(() => r.poisson(Number.NaN)).toThrow(RangeError)
  })

  it('chance(p) is true with probability p', () => {
    const r = createRandom(1, 'chance')
    expect(mean(draws(N, () => (r.chance(0.2) ? 1 : 0)))).toBeCloseTo(0.2, 1)
    expect(draws(100, () => (r.chance(0) ? 1 : 0)).every((v) => v === 0)).toBe(true)
    expect(draws(100, () => (r.chance(1) ? 1 : 0)).every((v) => v === 1)).toBe(true)
  })

  it('rejects non-finite keys', () => {
    expect(() => createRandom(1, Number.NaN)).toThrow(RangeError)
  })

  it('fills floats as nextFloat draws them', () => {
    const one = new Xoroshiro128Plus(1, 2, 3, 4)
    const many = one.clone()
    const out = new Float64Array(700)
    many.fillFloats(out, 3)
    const expected = Array.from({ length: 697 }, () => one.nextFloat())
    expect(Array.from(out.subarray(3))).toEqual(expected)
    expect(many.nextFloat()).toBe(one.nextFloat())
  })

  it("draws a day's stream ahead with dayRandom's numbers, Poisson count included", () => {
    const days = new DayDraws()
    for (const [seed, day, lambda] of [
      [7, 100, 160],
      [7, 101, 4],
      [20_230_101, 20_600, 0],
    ] as const) {
      const plain = dayRandom(seed, day)
      days.startDay(seed, day)
      expect(days.poisson(lambda)).toBe(plain.poisson(lambda))
      // Reservations of every size, across many refills of the values drawn ahead.
      for (let order = 0; order < 300; order++) {
        days.reserve(order % 7 === 0 ? 256 : 1 + (order % 40))
        const n = order % 41
        for (let i = 0; i < n; i++) expect(days.next()).toBe(plain.next())
      }
    }
  })

  it('throws when more values were read than reserved', () => {
    const days = new DayDraws()
    days.startDay(1, 1)
    days.reserve(1)
    for (let i = 0; i < 2000; i++) days.next()
    expect(() => {
      days.reserve(1)
    }).toThrow(/more values read than reserved/)
  })
})
