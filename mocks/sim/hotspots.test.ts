// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseIsoInstant } from './china-time'
import {
  baselineWindows,
  computeHotspots,
  goldenWeekOverlapping,
  goldenWeeksOf,
  keywordsOf,
  meanAndStdDev,
  surgeOf,
} from './hotspots'
import { createSimulator } from './simulator'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

describe('the baseline and the rise (hand-made series)', () => {
  it('takes the mean and the population standard deviation', () => {
    expect(meanAndStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, stdDev: 2 })
    expect(meanAndStdDev([])).toEqual({ mean: 0, stdDev: 0 })
  })

  it('calls a surge only above mean + 2 SD, with the minimum count and at least double the mean', () => {
    const ordinary = [20, 22, 18, 21, 19, 20, 22, 18]
    const surge = surgeOf(60, ordinary, 20)
    expect(surge.surge).toBe(true)
    expect(surge.baselineMean).toBe(20)
    expect(surge.threshold).toBeCloseTo(20 + 2 * surge.baselineStdDev)
    expect(surge.zScore).toBeCloseTo((60 - 20) / surge.baselineStdDev)
    expect(surge.change).toBe(2)
    // Above the threshold but not double the mean: growth, not an alarm.
    expect(surgeOf(30, ordinary, 20).surge).toBe(false)
    // Double, but below the minimum count.
    expect(surgeOf(8, [2, 3, 2, 3, 2, 3, 2, 3], 20).surge).toBe(false)
    // A flat baseline: no SD, so no z-score; a rise still counts.
    expect(surgeOf(50, [20, 20, 20], 20)).toMatchObject({ zScore: null, surge: true })
    expect(surgeOf(0, [0, 0], 1)).toMatchObject({ zScore: null, change: null, surge: false })
  })

  it('compares a holiday week with the same holiday in earlier years, so a holiday peak is no surge', () => {
    // A Golden Week doubles tourism: against ordinary weeks it would be an alarm...
    expect(surgeOf(90, [40, 42, 38, 41, 39, 40, 43, 37], 20).surge).toBe(true)
    // ...against the same holiday in earlier years it is not.
    expect(surgeOf(90, [84, 80, 88], 20).surge).toBe(false)
  })
})

describe('Golden Weeks and baseline windows', () => {
  it('finds the Golden Weeks of the official calendar', () => {
    const weeks = goldenWeeksOf(2026)
    expect(weeks).toContainEqual({ season: 'springFestival', from: '2026-02-15', to: '2026-02-23' })
    expect(weeks).toContainEqual({ season: 'labourDay', from: '2026-05-01', to: '2026-05-05' })
    expect(weeks).toContainEqual({ season: 'nationalDay', from: '2026-09-25', to: '2026-10-07' })
    // Qingming (3 days) is a holiday, not a Golden Week.
    expect(weeks.some((week) => week.from.startsWith('2026-04'))).toBe(false)
    // An assumed year has none.
    expect(goldenWeeksOf(2027)).toEqual([])
  })

  it('aligns a Golden Week window on the same holiday in the 3 previous years, all-holiday weeks alike', () => {
    const baseline = baselineWindows({ from: '2026-10-01', to: '2026-10-07' })
    expect(baseline.method).toBe('sameHoliday')
    // 2025: 10-01..10-08, 2024: 10-01..10-07, 2023: 09-29..10-06 (seven holidays in each window).
    expect(baseline.windows).toEqual([
      { from: '2025-10-02', to: '2025-10-08' },
      { from: '2024-10-01', to: '2024-10-07' },
      { from: '2023-09-30', to: '2023-10-06' },
    ])
  })

  it('gives an ordinary week the 8 weeks before it, leaving out Golden Weeks and their aftermath', () => {
    const baseline = baselineWindows({ from: '2026-11-22', to: '2026-11-28' })
    expect(baseline.method).toBe('previousPeriods')
    // 8 weeks back reach 09-27; National Day (with Mid-Autumn, 09-25..10-07) and its week after
    // leave 5.
    expect(baseline.windows).toHaveLength(5)
    expect(baseline.windows[0]).toEqual({ from: '2026-11-15', to: '2026-11-21' })
    for (const window of baseline.windows) expect(goldenWeekOverlapping(window)).toBeNull()
    const summer = baselineWindows({ from: '2026-08-01', to: '2026-08-07' })
    expect(summer.windows).toHaveLength(8)
  })
})

describe('hotspots from the simulator', () => {
  it('ranks category × district pairs above their mean, tourism first in the surge', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'tourism-surge' })
    const items = computeHotspots(sim, { from: '2026-11-22', to: '2026-11-28' })
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThanOrEqual(20)
    for (const item of items) expect(item.count).toBeGreaterThan(item.baselineMean)
    expect(
      items.filter((i) => i.surge).every((i) => ['tourism', 'cateringLodging'].includes(i.category)),
    ).toBe(true)
    expect(items.some((i) => i.surge)).toBe(true)
    // Counted from the work orders: the count is the list's length.
    const first = items[0]
    if (first) {
      const orders = sim
        .ordersInRange('2026-11-22', '2026-11-28')
        .filter((o) => o.category === first.category && o.district === first.district)
      expect(first.count).toBe(orders.length)
    }
  })

  it('leaves out small pairs and the keywords for the wall', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW })
    const items = computeHotspots(
      sim,
      { from: '2026-11-22', to: '2026-11-28' },
      { minItems: 3, withKeywords: false },
    )
    for (const item of items) {
      expect(item.count).toBeGreaterThanOrEqual(3)
      expect(item.keywords).toEqual([])
    }
  })

  it('keeps hostile free text as plain terms, never longer than the contract allows', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'hostile-text' })
    const keywords = keywordsOf(sim.ordersInRange('2026-11-20', '2026-11-28'))
    expect(keywords.length).toBeGreaterThan(0)
    for (const { term, count } of keywords) {
      expect(Array.from(term).length).toBeLessThanOrEqual(50)
      expect(count).toBeGreaterThanOrEqual(2)
    }
  })
})
