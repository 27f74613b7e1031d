import type { components } from '@/shared/api/schema.gen'

type Timeseries = components['schemas']['Timeseries']

/** A rate with what it divides, so a reader can weigh 100 % of 2 against 98 % of 3,000. */
export interface RateCell {
  /** 0..1, or `null` when nothing was due (denominator 0). */
  readonly value: number | null
  readonly numerator: number | null
  readonly denominator: number | null
}

/** One bucket (day, week or month) of the trend. */
export interface TrendRow {
  /** First day of the bucket, clipped to the period. */
  readonly start: string
  /** Last day of the bucket (inclusive), clipped to the period. */
  readonly end: string
  /** Received per channel, in the order of `TrendModel.channels`; `null` where a series has no point. */
  readonly counts: readonly (number | null)[]
  /** Sum of the counts; `null` when no channel has a figure. */
  readonly total: number | null
  readonly initialCheck: RateCell
  readonly closure: RateCell
  /**
   * The bucket holds the day of the answer (today): its figures are so far, not final. Marked,
   * or its short bar reads as a fall.
   */
  readonly running: boolean
}

export interface TrendModel {
  /** The channel codes of the received split, in the API's order (the code list's). */
  readonly channels: readonly string[]
  readonly rows: readonly TrendRow[]
}

/** The part of a timeseries response the model reads: the figures, not when they were read. */
type SeriesOf = Pick<Timeseries, 'series'>

export interface TrendSeries {
  /** `GET /kpis/timeseries?metric=received&split=channel`. */
  readonly received: SeriesOf
  /** `metric=initialCheck`, no split. */
  readonly initialCheck: SeriesOf
  /** `metric=closure`, no split. */
  readonly closure: SeriesOf
}

type Point = Timeseries['series'][number]['points'][number]

const noRate: RateCell = { value: null, numerator: null, denominator: null }

function byStart(points: readonly Point[] | undefined): Map<string, Point> {
  return new Map((points ?? []).map((point) => [point.start, point]))
}

function rateCell(point: Point | undefined): RateCell {
  if (!point) return noRate
  return { value: point.value, numerator: point.numerator ?? null, denominator: point.denominator ?? null }
}

/**
 * The three series as rows, one per bucket. Buckets are matched by their start day rather than
 * by position, so a series that lacks a bucket shows a gap there ("—") instead of shifting every
 * later figure into the wrong bucket.
 */
export function buildTrendModel(
  { received, initialCheck, closure }: TrendSeries,
  {
    onlyChannel,
    today,
  }: {
    onlyChannel?: string | undefined
    /** The China day of the answers' `asOf`: the bucket holding it is still running. */
    today?: string | undefined
  } = {},
): TrendModel {
  // With a channel filter the other channels' series are zeros by definition: columns of
  // nothing would only crowd the chart and the table.
  const split = onlyChannel ? received.series.filter((series) => series.key === onlyChannel) : received.series
  const channels = split.map((series) => series.key)
  const countsByChannel = split.map((series) => byStart(series.points))
  const initialByStart = byStart(initialCheck.series[0]?.points)
  const closureByStart = byStart(closure.series[0]?.points)

  const ends = new Map<string, string>()
  for (const points of [...countsByChannel, initialByStart, closureByStart]) {
    for (const point of points.values()) if (!ends.has(point.start)) ends.set(point.start, point.end)
  }
  // "YYYY-MM-DD" sorts as text in calendar order.
  const starts = [...ends.keys()].sort()

  const rows = starts.map((start): TrendRow => {
    const counts = countsByChannel.map((points) => points.get(start)?.value ?? null)
    const present = counts.filter((count): count is number => count !== null)
    const end = ends.get(start) ?? start
    return {
      start,
      end,
      counts,
      total: present.length > 0 ? present.reduce((sum, count) => sum + count, 0) : null,
      initialCheck: rateCell(initialByStart.get(start)),
      closure: rateCell(closureByStart.get(start)),
      running: today !== undefined && start <= today && today <= end,
    }
  })
  return { channels, rows }
}

/**
 * Nothing to draw: nothing received and no rate with anything due in any bucket. A bucket of
 * zeros is a figure (nothing came in), but a chart of nothing but zeros is better said in words.
 */
export function isEmptyTrend(model: TrendModel): boolean {
  return model.rows.every(
    (row) =>
      (row.total ?? 0) === 0 &&
      (row.initialCheck.denominator ?? 0) === 0 &&
      (row.closure.denominator ?? 0) === 0,
  )
}

/**
 * Runs of consecutive rows that hold a holiday, as index pairs (both included), for shading.
 * A run rather than one area per day, so a seven-day Golden Week is one band with one label.
 */
export function holidayRuns(rows: readonly TrendRow[], holidays: ReadonlySet<string>): [number, number][] {
  const runs: [number, number][] = []
  rows.forEach((row, index) => {
    if (!rowHasHoliday(row, holidays)) return
    const last = runs.at(-1)
    if (last?.[1] === index - 1) last[1] = index
    else runs.push([index, index])
  })
  return runs
}

/** Whether any day of the bucket is an official holiday. */
export function rowHasHoliday(row: Pick<TrendRow, 'start' | 'end'>, holidays: ReadonlySet<string>): boolean {
  for (const day of holidays) if (day >= row.start && day <= row.end) return true
  return false
}
