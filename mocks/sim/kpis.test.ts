// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, parseIsoInstant } from './china-time'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, UNIT_CODES } from './domain-codes'
import {
  METRIC_OUTCOMES,
  METRICS,
  periodBounds,
  type KpiSummary,
  type Metric,
  type OrderFilters,
  type SixTimely,
} from './kpis'
import { API_METRICS, contributionOf, KPI_METRIC, valueKindOf } from './metric-values'
import { createSimulator } from './simulator'
import type { WorkOrder } from './work-order'

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

/** The figure of the summary (or the six timely rates) that `metric` + `outcome` lists. */
function figureOf(s: KpiSummary, six: SixTimely, metric: Metric, outcome: string): number {
  const rateOf = (code: string) => six.rates.find((r) => r.code === code)!
  const onTime = (f: { due: number; onTime: number }) =>
    ({ due: f.due, onTime: f.onTime, late: f.due - f.onTime })[outcome]
  const table: Record<Metric, () => number | undefined> = {
    received: () => s.received.total,
    initialCheck: () => onTime(s.initialCheck),
    reportCheck: () => onTime(s.reportCheck),
    closure: () => onTime(s.closure),
    resolution: () =>
      ({
        due: s.resolution.due,
        resolved: s.resolution.resolved,
        unresolved: s.resolution.due - s.resolution.resolved,
      })[outcome],
    recovered: () => s.recoveredFen,
    consumerAssociation: () =>
      ({
        received: s.consumerAssociation.received,
        due: s.consumerAssociation.due,
        resolved: s.consumerAssociation.resolved,
        recovered: s.consumerAssociation.recoveredFen,
      })[outcome],
    dispatch: () => {
      const r = rateOf('dispatch')
      return outcome === 'correct' ? six.dispatchCorrect : onTime({ due: r.denominator, onTime: r.numerator })
    },
    supervision: () =>
      onTime({ due: rateOf('supervision').denominator, onTime: rateOf('supervision').numerator }),
    reply: () => onTime({ due: rateOf('reply').denominator, onTime: rateOf('reply').numerator }),
    complaintToCase: () => s.complaintToCase,
    mediation: () =>
      ({
        concluded: s.mediation.concluded,
        succeeded: s.mediation.succeeded,
        failed: s.mediation.concluded - s.mediation.succeeded,
      })[outcome],
    open: () =>
      ({ all: s.open.total, overdue: s.open.overdue, atRisk: s.open.atRisk, supervised: s.open.supervised })[
        outcome
      ],
    satisfaction: () =>
      ({
        surveyed: s.satisfaction.surveyed,
        satisfied: s.satisfaction.satisfied,
        dissatisfied: s.satisfaction.surveyed - s.satisfaction.satisfied,
      })[outcome],
  }
  const value = table[metric]()
  if (value === undefined) throw new Error(`no figure for ${metric}/${outcome}`)
  return value
}

/** Sums fen for the money figures, counts items for the rest. */
const listValue = (metric: Metric, outcome: string, orders: readonly WorkOrder[]): number =>
  metric === 'recovered' || (metric === 'consumerAssociation' && outcome === 'recovered')
    ? orders.reduce((a, o) => a + o.recoveredFen, 0)
    : orders.length

describe('aggregates equal list totals', () => {
  it('for every metric and outcome, over random filters and clocks', () => {
    // Users' actions are part of every answer: a supervision opened and one extension decided.
    now = parseIsoInstant('2026-11-28T20:03:00+08:00')
    const overdue = sim.ordersForMetric('open', 'overdue', { from: '2026-11-28', to: '2026-11-28' })
    for (const order of overdue.slice(0, 3)) sim.openSupervision(order.id, { by: 'test', note: 'n' })
    const pending = sim.pendingExtensions({ from: '2026-10-01', to: '2026-11-28' })[0]
    if (pending) sim.decideExtension(pending.order.id, pending.event.id, 'rejected', 'test')
    fc.assert(
      fc.property(filtersArb, ({ filters, clockOffsetDays }) => {
        now = parseIsoInstant('2026-11-28T20:03:00+08:00') + clockOffsetDays * 86_400_000
        const s = sim.summary(filters)
        const six = sim.sixTimely(filters)
        expect(sim.listOrders(filters).length).toBe(s.received.total)
        for (const metric of METRICS) {
          for (const outcome of METRIC_OUTCOMES[metric]) {
            const list = sim.ordersForMetric(metric, outcome, filters)
            expect([metric, outcome, listValue(metric, outcome, list)]).toEqual([
              metric,
              outcome,
              figureOf(s, six, metric, outcome),
            ])
          }
        }
        // The contract's metrics (the API list's `metric` filter) read the same facts.
        const ctx = sim.kpiContext()
        const bounds = periodBounds(filters)
        const candidates = sim.candidateOrders(filters)
        for (const metric of API_METRICS) {
          let numerator = 0
          let items = 0
          for (const order of candidates) {
            const c = contributionOf(order, metric, filters, ctx, bounds)
            if (c === null) continue
            items++
            numerator += c.numerator
          }
          const kpi = KPI_METRIC[metric]
          const [all, first = all] = METRIC_OUTCOMES[kpi]
          const listed = sim.ordersForMetric(kpi, all, filters).length
          expect([metric, items]).toEqual([metric, listed])
          const expected =
            metric === 'recovered'
              ? s.recoveredFen
              : valueKindOf(metric) === 'count'
                ? figureOf(s, six, kpi, all)
                : figureOf(s, six, kpi, first)
          expect([metric, numerator]).toEqual([metric, expected])
        }
        for (const rate of [s.initialCheck, s.reportCheck, s.closure]) {
          expect(rate.rate).toBe(rate.due === 0 ? null : rate.onTime / rate.due)
        }
      }),
      { numRuns: 30, seed: 20261128 },
    )
  }, 180_000)

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
