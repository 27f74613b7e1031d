// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cardFigures, figureChange, noChangeReason, summaryFigures, type KpiSummary } from './card-figures'

const figures = {
  received: { total: 120, complaints: 50, reports: 20, consultations: 50 },
  initialCheck: { due: 40, onTime: 39, late: 1, rate: 39 / 40 },
  reportCheck: { due: 0, onTime: 0, late: 0, rate: null },
  closure: { due: 60, onTime: 60, late: 0, rate: 1 },
  resolution: { due: 60, resolved: 58, rate: 58 / 60 },
  recoveredFen: 1_000_000,
  consumerAssociation: { received: 8, due: 5, resolved: 5, resolutionRate: 1, recoveredFen: 20_000 },
  complaintToCase: 2,
  satisfaction: { surveyed: 30, satisfied: 27, rate: 0.9 },
  mediation: { concluded: 10, succeeded: 7, rate: 0.7 },
}

const summary = (comparison: KpiSummary['comparison']): KpiSummary => ({
  period: { from: '2026-12-01', to: '2026-12-05' },
  ...figures,
  open: { total: 300, overdue: 2, atRisk: 12, supervised: 1 },
  comparison,
})

/** A comparison period with 100 received, and `changes`. */
type Comparison = NonNullable<KpiSummary['comparison']>
const previousPeriod = (changes: Partial<Comparison>): Comparison => ({
  ...figures,
  basis: 'previous' as const,
  period: { from: '2026-11-26', to: '2026-11-30' },
  received: { ...figures.received, total: 100 },
  ...changes,
})

const cardsById = (of: KpiSummary) => Object.fromEntries(cardFigures(of).map((card) => [card.id, card]))

describe('cardFigures', () => {
  it('reads the figures in card order, without previous values when nothing is compared', () => {
    const cards = cardFigures(summary(null))
    expect(cards.map((card) => card.id)).toEqual([
      'received',
      'initialCheck',
      'reportCheck',
      'closure',
      'recovered',
      'consumerAssociation',
      'complaintToCase',
      'satisfaction',
    ])
    expect(cards.every((card) => card.previous === null)).toBe(true)
    expect(cards[1]).toMatchObject({ value: 0.975, numerator: 39, denominator: 40, late: 1 })
    expect(cards[2]?.value).toBeNull()
  })

  it('compares rates in points and counts and money relatively', () => {
    const before = previousPeriod({
      initialCheck: { due: 50, onTime: 45, late: 5, rate: 0.9 },
      recoveredFen: 0,
    })
    const byId = cardsById(summary(before))
    expect(figureChange(byId.received!)).toEqual({ delta: 0.2, kind: 'percent' })
    expect(figureChange(byId.initialCheck!)?.kind).toBe('points')
    expect(figureChange(byId.initialCheck!)?.delta).toBeCloseTo(0.075)
    // From nothing, a relative change has no meaning, unless it is nothing again: no change.
    expect(figureChange(byId.recovered!)).toBeNull()
    expect(figureChange(cardsById({ ...summary(before), recoveredFen: 0 }).recovered!)).toEqual({
      delta: 0,
      kind: 'percent',
    })
    // A rate with nothing due has no change either.
    expect(figureChange(byId.reportCheck!)).toBeNull()
  })

  it('says why a figure has no change: the comparison period had 0, or nothing due', () => {
    const before = previousPeriod({
      initialCheck: { due: 0, onTime: 0, late: 0, rate: null },
      recoveredFen: 0,
      complaintToCase: 0,
    })
    const byId = cardsById(summary(before))
    expect(noChangeReason(byId.recovered!, true)).toBe('zero')
    expect(noChangeReason(byId.complaintToCase!, true)).toBe('zero')
    expect(noChangeReason(byId.initialCheck!, true)).toBe('nothingDue')
    // Satisfaction counts people surveyed, not items due.
    const unsurveyed = { ...before, satisfaction: { surveyed: 0, satisfied: 0, rate: null } }
    expect(noChangeReason(cardsById(summary(unsurveyed)).satisfaction!, true)).toBe('noneSurveyed')
    expect(noChangeReason(byId.received!, true)).toBeNull()
    expect(noChangeReason(byId.satisfaction!, true)).toBeNull()
    // Nothing due in this period: the value itself says so, not the change.
    expect(byId.reportCheck!.value).toBeNull()
    expect(noChangeReason(byId.reportCheck!, true)).toBeNull()
    // Without a comparison there is nothing to explain.
    const alone = cardsById(summary(null))
    expect(noChangeReason(alone.recovered!, false)).toBeNull()
    expect(noChangeReason(alone.initialCheck!, false)).toBeNull()
  })
})

describe('summaryFigures', () => {
  it('leaves out the instants, so that a poll with the same figures gives equal figures', () => {
    const period = { from: '2026-12-06', to: '2026-12-06' }
    const answer = (asOf: string, comparisonAsOf: string) => ({
      ...summary(null),
      asOf,
      comparison: { basis: 'previous' as const, period, asOf: comparisonAsOf, ...figures },
    })
    const first = summaryFigures(answer('2026-12-07T06:31:00+08:00', '2026-12-06T06:31:00+08:00'))
    const next = summaryFigures(answer('2026-12-07T06:31:30+08:00', '2026-12-06T06:31:30+08:00'))
    expect(next).toEqual(first)
    expect(first).not.toHaveProperty('asOf')
    expect(first.comparison).not.toHaveProperty('asOf')
    expect(
      summaryFigures({ ...summary(null), asOf: '2026-12-07T06:31:00+08:00', comparison: null }).comparison,
    ).toBeNull()
  })
})
