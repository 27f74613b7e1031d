import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, parseIsoInstant } from './china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, UNIT_CODES } from './domain-codes'
import { METRIC_OUTCOMES, METRICS, type OrderFilters } from './kpis'
import { createSimulator } from './simulator'

let now = parseIsoInstant('2026-11-28T20:03:00+08:00')
const sim = createSimulator({ seed: 11, now: () => now, scenario: 'backlog' })

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 })

const filtersArb: fc.Arbitrary<{ filters: OrderFilters; clockOffsetDays: number }> = fc.record({
  filters: fc
    .record({
      start: fc.integer({ min: 0, max: 200 }),
      span: fc.integer({ min: 0, max: 45 }),
      district: optional(fc.constantFrom(...DISTRICT_CODES)),
      channel: optional(fc.constantFrom(...CHANNEL_CODES)),
      kind: optional(fc.constantFrom(...KIND_CODES)),
      category: optional(fc.constantFrom(...CATEGORY_CODES)),
      unit: optional(fc.constantFrom(...UNIT_CODES)),
    })
    .map(({ start, span, ...dims }) => ({
      from: addDays('2026-05-01', start),
      to: addDays('2026-05-01', start + span),
      ...dims,
    })),
  clockOffsetDays: fc.integer({ min: -60, max: 0 }),
})

describe('aggregates equal list totals', () => {
  it('for every metric and outcome, over random filters and clocks', () => {
    fc.assert(
      fc.property(filtersArb, ({ filters, clockOffsetDays }) => {
        now = parseIsoInstant('2026-11-28T20:03:00+08:00') + clockOffsetDays * 86_400_000
        const s = sim.summary(filters)
        const total = (metric: (typeof METRICS)[number], outcome: string): number =>
          sim.ordersForMetric(metric, outcome, filters).length
        expect(total('received', 'all')).toBe(s.received.total)
        expect(sim.listOrders(filters).length).toBe(s.received.total)
        expect(total('initialCheck', 'due')).toBe(s.initialCheck.due)
        expect(total('initialCheck', 'onTime')).toBe(s.initialCheck.onTime)
        expect(total('initialCheck', 'late')).toBe(s.initialCheck.due - s.initialCheck.onTime)
        expect(total('reportCheck', 'due')).toBe(s.reportCheck.due)
        expect(total('reportCheck', 'onTime')).toBe(s.reportCheck.onTime)
        expect(total('closure', 'due')).toBe(s.closure.due)
        expect(total('closure', 'onTime')).toBe(s.closure.onTime)
        expect(total('consumerAssociation', 'received')).toBe(s.consumerAssociation.received)
        expect(total('consumerAssociation', 'resolved')).toBe(s.consumerAssociation.resolved)
        expect(total('complaintToCase', 'all')).toBe(s.complaintToCase)
        expect(total('open', 'overdue')).toBe(s.open.overdue)
        expect(total('open', 'atRisk')).toBe(s.open.atRisk)
        expect(total('satisfaction', 'surveyed')).toBe(s.satisfaction.surveyed)
        expect(total('satisfaction', 'satisfied')).toBe(s.satisfaction.satisfied)
        const recovered = sim
          .ordersForMetric('recovered', 'all', filters)
          .reduce((a, o) => a + o.recoveredFen, 0)
        expect(recovered).toBe(s.recoveredFen)
        for (const rate of [s.initialCheck, s.reportCheck, s.closure]) {
          expect(rate.rate).toBe(rate.due === 0 ? null : rate.onTime / rate.due)
        }
      }),
      { numRuns: 40, seed: 20261128 },
    )
  })

  it('six timely: each rate’s numerator and denominator equal its lists', () => {
    now = parseIsoInstant('2026-11-28T20:03:00+08:00')
    const filters = { from: '2026-09-01', to: '2026-11-27' }
    const six = sim.sixTimely(filters)
    expect(six.rates.map((r) => r.code)).toEqual([
      'acceptance',
      'dispatch',
      'handling',
      'supervision',
      'reply',
      'analysis',
    ])
    for (const r of six.rates) {
      if (r.metric === null) {
        expect(r.rate).toBeNull()
        continue
      }
      expect(sim.ordersForMetric(r.metric, 'due', filters).length).toBe(r.denominator)
      expect(sim.ordersForMetric(r.metric, 'onTime', filters).length).toBe(r.numerator)
      expect(r.denominator).toBeGreaterThan(0)
    }
    // The backlog unit's overdue items are put under supervision (mostly in time).
    const supervision = six.rates.find((r) => r.code === 'supervision')!
    expect(supervision.denominator).toBeGreaterThan(10)
    expect(supervision.rate).toBeGreaterThan(0.5)
    expect(six.dispatchCorrect).toBe(sim.ordersForMetric('dispatch', 'correct', filters).length)
  })

  it('documents an outcome list for every metric', () => {
    for (const metric of METRICS) expect(METRIC_OUTCOMES[metric].length).toBeGreaterThan(0)
  })

  it('gives null rates for a period with nothing due', () => {
    now = parseIsoInstant('2026-11-28T20:03:00+08:00')
    const s = sim.summary({
      from: '2026-11-28',
      to: '2026-11-28',
      unit: 'hitech-bureau',
      kind: 'report',
      category: 'telecoms',
    })
    expect(s.reportCheck.due === 0 ? s.reportCheck.rate : 0).toBeNull()
    const empty = createSimulator({ seed: 1, now: () => now, scenario: 'empty' }).summary({
      from: '2026-01-01',
      to: '2026-11-28',
    })
    expect(empty.received.total).toBe(0)
    expect(empty.initialCheck.rate).toBeNull()
    expect(empty.closure.rate).toBeNull()
    expect(empty.consumerAssociation.resolutionRate).toBeNull()
    expect(empty.satisfaction.rate).toBeNull()
  })
})
