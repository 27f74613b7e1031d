import { describe, expect, it } from 'vitest'
import { parseIsoInstant } from './china-time'
import { orderText } from './order-text'
import { BACKLOG_UNIT, isScenarioName, SCENARIO_NAMES } from './scenarios'
import { createSimulator } from './simulator'

const NOW = parseIsoInstant('2026-11-28T20:03:00+08:00')
const LAST_90_DAYS = { from: '2026-08-31', to: '2026-11-28' } as const

describe('scenarios', () => {
  it('are named by stable codes', () => {
    expect(SCENARIO_NAMES).toContain('calibrated')
    expect(isScenarioName('backlog')).toBe(true)
    expect(isScenarioName('nope')).toBe(false)
  })

  it('backlog: one unit has dozens overdue, with supervisions and returns', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'backlog' })
    const overdue = sim.ordersForMetric('open', 'overdue', { ...LAST_90_DAYS, unit: BACKLOG_UNIT })
    expect(overdue.length).toBeGreaterThanOrEqual(24)
    const views = sim.listOrders({ ...LAST_90_DAYS, unit: BACKLOG_UNIT }).map((o) => sim.view(o))
    expect(views.filter((v) => v.supervisions.length > 0).length).toBeGreaterThanOrEqual(12)
    expect(views.filter((v) => v.events.some((e) => e.type === 'return')).length).toBeGreaterThanOrEqual(5)
    const calm = createSimulator({ seed: 1, now: () => NOW })
    expect(
      calm.ordersForMetric('open', 'overdue', { ...LAST_90_DAYS, unit: BACKLOG_UNIT }).length,
    ).toBeLessThan(5)
  })

  it('tourism-surge: tourism and catering arrive at several times the usual rate around the clock', () => {
    const period = { from: '2026-11-20', to: '2026-11-28', category: 'tourism' } as const
    const surge = createSimulator({ seed: 1, now: () => NOW, scenario: 'tourism-surge' }).summary(period)
    const calm = createSimulator({ seed: 1, now: () => NOW }).summary(period)
    expect(surge.received.total).toBeGreaterThan(3 * Math.max(1, calm.received.total))
  })

  it('empty: no orders at all', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'empty' })
    expect(sim.ordersInRange('2026-01-01', '2026-11-28')).toEqual([])
  })

  it('hostile-text: free text holds HTML, script, very long and right-to-left strings', () => {
    const sim = createSimulator({ seed: 1, now: () => NOW, scenario: 'hostile-text' })
    const texts = sim.ordersInRange('2026-11-01', '2026-11-28').flatMap((o) => {
      const text = orderText(o)
      return [text.summary, text.businessName]
    })
    expect(texts.some((t) => t.includes('<script>'))).toBe(true)
    expect(texts.some((t) => t.length > 2000)).toBe(true)
    expect(texts.some((t) => /[\u0590-\u06FF]/.test(t))).toBe(true)
  })
})
