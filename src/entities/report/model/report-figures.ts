import type { z } from 'zod/mini'
import type { reportSchema } from '@/shared/api/validators.gen'

export type Report = z.output<typeof reportSchema>
export type ReportRow = Report['channels'][number]

/**
 * The figures a report page shows, each under a stable id (`received-total`, `closure-rate`,
 * `category-tourism`…). The page anchors every figure under its id (`#fig-<id>`) and the
 * narrative cites figures only by these ids, so a sentence can only state what the page shows.
 */
export type FigureKind = 'count' | 'rate' | 'money'

export interface ReportFigure {
  readonly id: string
  readonly kind: FigureKind
  /** `null`: the figure does not exist (a rate with nothing due). */
  readonly value: number | null
  /** The previous period's value (环比), when the page shows one. */
  readonly previous?: number | null
  /** The same dates a year earlier (同比), when the page shows one. */
  readonly yearAgo?: number | null
  /** A rate's counts. */
  readonly numerator?: number
  readonly denominator?: number
  /** A rate's target, for the six timely rates. */
  readonly target?: number
}

type Summary = Report['summary']
type Comparable = Pick<
  Summary,
  | 'received'
  | 'initialCheck'
  | 'reportCheck'
  | 'closure'
  | 'resolution'
  | 'recoveredFen'
  | 'complaintToCase'
  | 'satisfaction'
  | 'mediation'
  | 'consumerAssociation'
>

/** The headline figures, in the order the page lists them. */
export const headlineFigureIds = [
  'received-total',
  'received-complaints',
  'received-reports',
  'received-consultations',
  'initial-check-rate',
  'report-check-rate',
  'closure-rate',
  'resolution-rate',
  'mediation-rate',
  'satisfaction-rate',
] as const

export const lossFigureIds = ['recovered-losses', 'association-recovered'] as const
export const caseFigureIds = ['complaint-to-case', 'association-received'] as const

type ComparableId =
  (typeof headlineFigureIds)[number] | (typeof lossFigureIds)[number] | (typeof caseFigureIds)[number]

const comparableFigures: Record<
  ComparableId,
  { kind: FigureKind; of: (s: Comparable) => Omit<ReportFigure, 'id' | 'kind'> }
> = {
  'received-total': { kind: 'count', of: (s) => ({ value: s.received.total }) },
  'received-complaints': { kind: 'count', of: (s) => ({ value: s.received.complaints }) },
  'received-reports': { kind: 'count', of: (s) => ({ value: s.received.reports }) },
  'received-consultations': { kind: 'count', of: (s) => ({ value: s.received.consultations }) },
  'initial-check-rate': {
    kind: 'rate',
    of: (s) => rateOf(s.initialCheck.rate, s.initialCheck.onTime, s.initialCheck.due),
  },
  'report-check-rate': {
    kind: 'rate',
    of: (s) => rateOf(s.reportCheck.rate, s.reportCheck.onTime, s.reportCheck.due),
  },
  'closure-rate': { kind: 'rate', of: (s) => rateOf(s.closure.rate, s.closure.onTime, s.closure.due) },
  'resolution-rate': {
    kind: 'rate',
    of: (s) => rateOf(s.resolution.rate, s.resolution.resolved, s.resolution.due),
  },
  'mediation-rate': {
    kind: 'rate',
    of: (s) => rateOf(s.mediation.rate, s.mediation.succeeded, s.mediation.concluded),
  },
  'satisfaction-rate': {
    kind: 'rate',
    of: (s) => rateOf(s.satisfaction.rate, s.satisfaction.satisfied, s.satisfaction.surveyed),
  },
  'recovered-losses': { kind: 'money', of: (s) => ({ value: s.recoveredFen }) },
  'association-recovered': { kind: 'money', of: (s) => ({ value: s.consumerAssociation.recoveredFen }) },
  'complaint-to-case': { kind: 'count', of: (s) => ({ value: s.complaintToCase }) },
  'association-received': { kind: 'count', of: (s) => ({ value: s.consumerAssociation.received }) },
}

function rateOf(rate: number | null, numerator: number, denominator: number) {
  return { value: rate, numerator, denominator }
}

/** A headline figure with its 环比 and 同比 values. */
export function comparableFigure(report: Report, id: ComparableId): ReportFigure {
  const { kind, of } = comparableFigures[id]
  const previous = report.summary.comparison ? of(report.summary.comparison).value : null
  return { id, kind, ...of(report.summary), previous, yearAgo: of(report.yearAgo).value }
}

export type RowDimension = 'channel' | 'kind' | 'category' | 'district' | 'unit'

/** The id of a breakdown row's figure: `channel-hotline12345`, `unit-371102-01`. */
export function rowFigureId(dimension: RowDimension | 'closure-unit', key: string): string {
  return `${dimension}-${key}`
}

function rowFigures(dimension: RowDimension, rows: readonly ReportRow[]): ReportFigure[] {
  return rows.map((row) => ({
    id: rowFigureId(dimension, row.key),
    kind: 'count',
    value: row.value,
    previous: row.comparisonValue ?? null,
  }))
}

export function timelyFigureId(code: string): string {
  return `timely-${code}`
}

export function hotspotFigureId(hotspot: Pick<Report['hotspots'][number], 'category' | 'district'>): string {
  return `hotspot-${hotspot.category}-${hotspot.district}`
}

/** Best and worst units at on-time closure: one figure per unit, whichever list shows it. */
function closureUnitFigures(report: Report): ReportFigure[] {
  const byId = new Map<string, ReportFigure>()
  for (const row of [...report.bestUnits, ...report.worstUnits]) {
    byId.set(rowFigureId('closure-unit', row.key), {
      id: rowFigureId('closure-unit', row.key),
      kind: 'rate',
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
    })
  }
  return [...byId.values()]
}

/** Hotspots the report lists: every surge, then the largest deviations, at most this many. */
export const NOTABLE_HOTSPOTS = 10

export function notableHotspots(report: Report): Report['hotspots'] {
  return [...report.hotspots]
    .sort((a, b) => Number(b.surge) - Number(a.surge) || (b.zScore ?? 0) - (a.zScore ?? 0))
    .slice(0, Math.max(NOTABLE_HOTSPOTS, report.hotspots.filter((h) => h.surge).length))
}

/** Every figure the report page shows, each once. */
export function reportFigures(report: Report): ReportFigure[] {
  return [
    ...[...headlineFigureIds, ...lossFigureIds, ...caseFigureIds].map((id) => comparableFigure(report, id)),
    ...report.sixTimely.items.map((item) => ({
      id: timelyFigureId(item.code),
      kind: 'rate' as const,
      value: item.rate,
      numerator: item.numerator,
      denominator: item.denominator,
      target: item.target,
    })),
    ...rowFigures('channel', report.channels),
    ...rowFigures('kind', report.kinds),
    ...rowFigures('category', report.topCategories),
    ...rowFigures('district', report.districts),
    ...rowFigures('unit', report.units),
    ...closureUnitFigures(report),
    ...notableHotspots(report).map((hotspot) => ({
      id: hotspotFigureId(hotspot),
      kind: 'count' as const,
      value: hotspot.count,
      previous: hotspot.baselineMean,
    })),
  ]
}

export type ChangeBasis = 'previous' | 'yearAgo'

/**
 * A figure's change against its 环比 or 同比 value, as the page shows it: rates in percentage
 * points, counts and money relative to the earlier value. `null` when either value is missing
 * or a relative change has nothing to divide by (the earlier value is 0).
 */
export function figureChange(
  figure: ReportFigure,
  basis: ChangeBasis,
): { delta: number; kind: 'points' | 'percent' } | null {
  const base = figure[basis]
  if (figure.value === null || base === null || base === undefined) return null
  if (figure.kind === 'rate') return { delta: figure.value - base, kind: 'points' }
  if (base === 0) return null
  return { delta: (figure.value - base) / base, kind: 'percent' }
}
