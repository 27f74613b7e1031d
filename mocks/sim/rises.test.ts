// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseIsoInstant } from './china-time'
import { compareRises, computeRises, RISE_MIN_COUNT, riseOf, riseWeeks } from './rises'
import { createSimulator } from './simulator'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

describe('a week against its baseline (hand-made series)', () => {
  it('rises above mean + 2 SD with the minimum count and double the mean', () => {
    const ordinary = [20, 22, 18, 21, 19, 20, 22, 18]
    const cell = riseOf(60, ordinary, 20)
    expect(cell.rising).toBe(true)
    expect(cell.baselineMean).toBe(20)
    expect(cell.threshold).toBeCloseTo(20 + 2 * cell.baselineStdDev)
    expect(cell.zScore).toBeCloseTo(40 / cell.baselineStdDev)
    // Above the band but below double the mean: growth, not a rise.
    expect(riseOf(30, ordinary, 20).rising).toBe(false)
    // Below the minimum count.
    expect(riseOf(12, [2, 3, 2, 3], 20).rising).toBe(false)
    // No baseline: nothing to compare with.
    expect(riseOf(50, [], 20).rising).toBe(false)
  })

  it('does not flag a holiday week compared with the same holiday in earlier years', () => {
    const ordinaryWeeks = [40, 42, 38, 41, 39, 40, 43, 37]
    const sameHolidayEarlier = [84, 80, 88]
    // A Golden Week doubles tourism: against ordinary weeks it would rise...
    expect(riseOf(90, ordinaryWeeks, 20).rising).toBe(true)
    // ...against the same holiday in earlier years it is an ordinary holiday.
    const holiday = riseOf(90, sameHolidayEarlier, 20)
    expect(holiday.rising).toBe(false)
    expect(holiday.baselineMean).toBeCloseTo(84)
  })

  it('ranks rising rows first, then by count above the threshold, ties by key', () => {
    const row = (key: string, count: number, baseline: number[]) => ({
      key,
      latest: riseOf(count, baseline, 5),
    })
    const rows = [
      row('b', 30, [10, 10, 10]),
      row('a', 30, [10, 10, 10]),
      row('c', 100, [90, 95, 100]),
      row('d', 60, [10, 12, 8]),
    ].sort(compareRises)
    expect(rows.map((r) => r.key)).toEqual(['d', 'a', 'b', 'c'])
  })

  it('steps back 7 days from `to`, oldest week first', () => {
    expect(riseWeeks('2026-11-27', 3)).toEqual([
      { from: '2026-11-07', to: '2026-11-13' },
      { from: '2026-11-14', to: '2026-11-20' },
      { from: '2026-11-21', to: '2026-11-27' },
    ])
  })
})

describe('rises from the simulator', () => {
  it('counts each week from the work orders, every category a row', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW })
    const rises = computeRises(sim, { dimension: 'category', to: '2026-11-27', weeks: 4 })
    expect(rises.rows).toHaveLength(14)
    expect(rises.minCount).toBe(RISE_MIN_COUNT.category)
    for (const row of rises.rows) {
      rises.weeks.forEach((week, i) => {
        const orders = sim.ordersInRange(week.from, week.to).filter((o) => o.category === row.key)
        expect(row.cells[i]?.count).toBe(orders.length)
      })
    }
  })

  it('marks the tourism surge as rising in its latest week, first in the ranking', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'tourism-surge' })
    const rises = computeRises(sim, { dimension: 'category', to: '2026-11-27', weeks: 2 })
    const rising = rises.rows.filter((row) => row.cells[1]?.rising).map((row) => row.key)
    expect(rising.sort()).toEqual(['cateringLodging', 'tourism'])
    expect(['cateringLodging', 'tourism']).toContain(rises.rows[0]?.key)
  })

  it('does not flag Labour Day in the calibrated city, which ordinary weeks would', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW })
    const rises = computeRises(sim, { dimension: 'category', to: '2026-05-05', weeks: 1 })
    expect(rises.weeks[0]?.baselineMethod).toBe('sameHoliday')
    for (const row of rises.rows) expect(row.cells[0]?.rising).toBe(false)
    // Compared with the 8 ordinary weeks before, the holiday's tourism would be a rise.
    const tourism = rises.rows.find((row) => row.key === 'tourism')?.cells[0]
    if (!tourism) throw new Error('no tourism row')
    const ordinary = riseWeeks('2026-05-05', 9)
      .slice(0, 8)
      .map((w) => sim.ordersInRange(w.from, w.to).filter((o) => o.category === 'tourism').length)
    expect(riseOf(tourism.count, ordinary, RISE_MIN_COUNT.category).rising).toBe(true)
  })

  it('caps units and businesses at 20 rows', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW })
    const units = computeRises(sim, { dimension: 'unit', to: '2026-11-27', weeks: 2 })
    expect(units.rows.length).toBeLessThanOrEqual(20)
    expect(units.totalRows).toBeGreaterThanOrEqual(units.rows.length)
    const businesses = computeRises(sim, { dimension: 'business', to: '2026-11-27', weeks: 2 })
    expect(businesses.rows).toHaveLength(20)
    for (const row of businesses.rows) expect(row.cells[1]?.count).toBeGreaterThan(0)
  })
})
