import type { Report } from '@/entities/report/model/report-figures'
import { reportSchema } from '@/shared/api/validators.gen'

type Summary = Report['summary']
type Figures = Omit<NonNullable<Summary['comparison']>, 'basis' | 'period' | 'asOf'>

/** Hand-made period figures: every count chosen by the test, rates derived from them. */
export function periodFigures(overrides: Partial<Figures> = {}): Figures {
  return {
    received: { total: 1000, complaints: 400, reports: 150, consultations: 450 },
    initialCheck: { due: 200, onTime: 198, late: 2, rate: 0.99 },
    reportCheck: { due: 100, onTime: 95, late: 5, rate: 0.95 },
    closure: { due: 300, onTime: 291, late: 9, rate: 0.97 },
    resolution: { due: 300, resolved: 270, rate: 0.9 },
    recoveredFen: 12_345_600,
    consumerAssociation: { received: 40, due: 30, resolved: 30, resolutionRate: 1, recoveredFen: 456_700 },
    complaintToCase: 12,
    satisfaction: { surveyed: 100, satisfied: 90, rate: 0.9 },
    mediation: { concluded: 50, succeeded: 40, rate: 0.8 },
    ...overrides,
  }
}

const definition = {
  proposal: true as const,
  timeLimit: { value: 1, unit: 'workingDays' as const },
  kinds: [],
  periodBasis: 'deadline' as const,
}

const timelyCodes = ['acceptance', 'dispatch', 'handling', 'supervision', 'reply', 'analysis'] as const

export interface ReportFixture {
  current?: Partial<Figures>
  previous?: Partial<Figures>
  yearAgo?: Partial<Figures>
  timelyRates?: Partial<Record<(typeof timelyCodes)[number], number | null>>
  unitName?: string
  extra?: Partial<Report>
}

/** A monthly report for 2026-10, validated against the contract's schema. */
export function makeReport({
  current,
  previous,
  yearAgo,
  timelyRates = {},
  extra,
}: ReportFixture = {}): Report {
  const period = (from: string, to: string) => ({ from, to })
  const report = {
    type: 'monthly',
    period: '2026-10',
    from: '2026-10-01',
    to: '2026-10-31',
    asOf: '2026-11-05T10:00:00+08:00',
    status: 'published',
    publicationDeadlineAt: '2026-11-08T00:00:00+08:00',
    publishedAt: '2026-11-05T10:00:00+08:00',
    publishedBy: '分析组',
    onTime: true,
    summary: {
      asOf: '2026-11-05T10:00:00+08:00',
      period: period('2026-10-01', '2026-10-31'),
      ...periodFigures(current),
      open: { total: 10, overdue: 1, atRisk: 2, supervised: 1 },
      comparison: {
        basis: 'previous',
        period: period('2026-09-01', '2026-09-30'),
        asOf: '2026-11-05T10:00:00+08:00',
        ...periodFigures(previous),
      },
    },
    yearAgo: {
      basis: 'yearAgo',
      period: period('2025-10-01', '2025-10-31'),
      asOf: '2026-11-05T10:00:00+08:00',
      ...periodFigures(yearAgo),
    },
    sixTimely: {
      asOf: '2026-11-05T10:00:00+08:00',
      period: period('2026-10-01', '2026-10-31'),
      items: timelyCodes.map((code) => {
        const rate = code in timelyRates ? (timelyRates[code] ?? null) : 0.97
        return {
          code,
          metric: null,
          numerator: rate === null ? 0 : Math.round(rate * 100),
          denominator: rate === null ? 0 : 100,
          rate,
          target: 0.95,
          definition,
          parts: [],
        }
      }),
    },
    channels: [
      { key: 'hotline12345', rank: 1, value: 600, comparisonValue: 500, change: 100, changeRatio: 0.2 },
      { key: 'platform12315', rank: 2, value: 400, comparisonValue: 400, change: 0, changeRatio: 0 },
    ],
    kinds: [
      { key: 'consultation', rank: 1, value: 450, comparisonValue: 400, change: 50, changeRatio: 0.125 },
      { key: 'complaint', rank: 2, value: 400, comparisonValue: 420, change: -20, changeRatio: -20 / 420 },
      { key: 'report', rank: 3, value: 150, comparisonValue: 150, change: 0, changeRatio: 0 },
    ],
    topCategories: [
      { key: 'tourism', rank: 1, value: 300, comparisonValue: 200, change: 100, changeRatio: 0.5 },
      { key: 'cateringLodging', rank: 2, value: 200, comparisonValue: 100, change: 100, changeRatio: 1 },
      { key: 'prepaidCards', rank: 3, value: 100, comparisonValue: 120, change: -20, changeRatio: -1 / 6 },
    ],
    districts: [
      { key: '371102', rank: 1, value: 700, comparisonValue: 650, change: 50, changeRatio: 50 / 650 },
      { key: '371103', rank: 2, value: 300, comparisonValue: 250, change: 50, changeRatio: 0.2 },
    ],
    units: [
      { key: '371102-01', rank: 1, value: 700, comparisonValue: 650, change: 50, changeRatio: 50 / 650 },
      { key: '371103-01', rank: 2, value: 300, comparisonValue: 250, change: 50, changeRatio: 0.2 },
    ],
    bestUnits: [{ key: '371102-01', rank: 1, value: 0.99, numerator: 99, denominator: 100 }],
    worstUnits: [{ key: '371103-01', rank: 2, value: 0.9, numerator: 90, denominator: 100 }],
    hotspots: [
      {
        category: 'tourism',
        district: '371102',
        count: 120,
        baselineMean: 40,
        baselineStdDev: 10,
        threshold: 60,
        zScore: 8,
        change: 2,
        surge: true,
        baselineMethod: 'previousPeriods',
        keywords: [],
      },
    ],
    ...extra,
  }
  return reportSchema.parse(report)
}
