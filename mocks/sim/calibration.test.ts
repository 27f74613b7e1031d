/**
 * The simulator against the model city's published 2023 figures (domain brief), computed the way
 * the API reports them: from the generated work orders, through kpis.ts.
 *
 * Measured (seed 2026, clock 2024-06-30 12:00 China time), for the closing note:
 * - received 51,089 (-0.2 %): complaints 19,653 (38.5 %), reports 6,975 (13.7 %), consultations
 *   24,461 (47.9 %);
 * - on-time initial check 19,585 / 19,608 = 99.883 %; report verification 99.99 %;
 *   on-time closure 26,430 / 26,432 = 99.992 %;
 * - recovered 26,955,416 yuan (+1.4 %; by closing day);
 * - consumer association 1,366 complaints (-0.9 %), 3,083,928 yuan (+2.4 %, by closing day),
 *   resolution 1,351 / 1,351 = 100 %;
 * - by month: 3510 2572 5585 4008 4422 4179 5418 5763 4098 4248 3718 3568 (Feb lowest; Mar, Jul,
 *   Aug peaks).
 * Seeds 1-8 also stay inside every tolerance (checked while calibrating, not here, to keep the
 * test fast): initial check 99.85-99.89 %, closure >= 99.96 %, recovered 25.6-27.5 million yuan,
 * association 1,350-1,464 complaints and 2.94-3.24 million yuan.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIsoInstant } from './china-time'
import type { KpiSummary } from './kpis'
import { createSimulator, type Simulator } from './simulator'
import { isClosedAt } from './work-order'

const YEAR_2023 = { from: '2023-01-01', to: '2023-12-31' } as const
const CLOCK = parseIsoInstant('2024-06-30T12:00:00+08:00')

let simulator: Simulator
let summary: KpiSummary

beforeAll(() => {
  simulator = createSimulator({ seed: 2026, now: () => CLOCK })
  summary = simulator.summary(YEAR_2023)
})

describe('2023 calibration (Rizhao market regulation)', () => {
  it('received 51,200 complaints, reports and consultations ± 2 %', () => {
    expect(summary.received.total).toBeGreaterThanOrEqual(51_200 * 0.98)
    expect(summary.received.total).toBeLessThanOrEqual(51_200 * 1.02)
  })

  it('keeps the complaint / report / consultation mix inside the brief’s ranges', () => {
    const { total, complaints, reports, consultations } = summary.received
    expect(complaints / total).toBeGreaterThanOrEqual(0.35)
    expect(complaints / total).toBeLessThanOrEqual(0.4)
    expect(reports / total).toBeGreaterThanOrEqual(0.12)
    expect(reports / total).toBeLessThanOrEqual(0.16)
    expect(consultations / total).toBeGreaterThanOrEqual(0.45)
    expect(consultations / total).toBeLessThanOrEqual(0.52)
  })

  it('on-time initial-check rate 99.86 % ± 0.10 pp', () => {
    expect(summary.initialCheck.rate).not.toBeNull()
    expect(Math.abs((summary.initialCheck.rate ?? 0) - 0.9986)).toBeLessThanOrEqual(0.001)
  })

  it('on-time closure at least 99.9 %', () => {
    expect(summary.closure.rate ?? 0).toBeGreaterThanOrEqual(0.999)
  })

  it('recovered 26.587 million yuan ± 5 %', () => {
    expect(summary.recoveredFen).toBeGreaterThanOrEqual(2_658_700_000 * 0.95)
    expect(summary.recoveredFen).toBeLessThanOrEqual(2_658_700_000 * 1.05)
  })

  it('consumer association: 1,379 complaints ± 10 %, 3.012 million yuan ± 10 %, resolution 100 %', () => {
    const ca = summary.consumerAssociation
    expect(ca.received).toBeGreaterThanOrEqual(1379 * 0.9)
    expect(ca.received).toBeLessThanOrEqual(1379 * 1.1)
    expect(ca.recoveredFen).toBeGreaterThanOrEqual(301_200_000 * 0.9)
    expect(ca.recoveredFen).toBeLessThanOrEqual(301_200_000 * 1.1)
    expect(ca.resolutionRate).toBe(1)
  })

  it('February is the lowest month; March and July-August are peaks', () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0')
      const last = new Date(Date.UTC(2023, i + 1, 0)).getUTCDate()
      return simulator.listOrders({ from: `2023-${month}-01`, to: `2023-${month}-${String(last)}` }).length
    })
    const [jan, feb, mar, apr, , jun, jul, aug, sep] = months as [number, ...number[]]
    expect(Math.min(...months)).toBe(feb)
    expect(mar).toBeGreaterThan(Math.max(jan, feb ?? 0, apr ?? 0))
    expect(Math.min(jul ?? 0, aug ?? 0)).toBeGreaterThan(Math.max(jun ?? 0, sep ?? 0))
    expect(months.reduce((a, b) => a + b, 0)).toBe(summary.received.total)
    // Recorded for the report (vitest prints it with --reporter=verbose / on failure).
    console.info('2023 by month', months.join(' '))
  })

  it('records the measured figures', () => {
    const measured = {
      received: summary.received,
      initialCheck: summary.initialCheck,
      reportCheck: summary.reportCheck,
      closure: summary.closure,
      recoveredYuan: summary.recoveredFen / 100,
      consumerAssociation: {
        ...summary.consumerAssociation,
        recoveredYuan: summary.consumerAssociation.recoveredFen / 100,
      },
      complaintToCase: summary.complaintToCase,
      satisfaction: summary.satisfaction,
    }
    console.info('2023 calibration', JSON.stringify(measured))
    // Every item received in 2023 is closed by the clock (the open states are at the clock,
    // whatever the period, so they count later items).
    expect(simulator.listOrders(YEAR_2023).every((o) => isClosedAt(o, CLOCK))).toBe(true)
  })
})
