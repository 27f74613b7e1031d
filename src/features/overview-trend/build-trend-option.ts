import { buildTimeSeriesOption } from '@/shared/ui/chart/build-time-series-option'
import type { ChartOption } from '@/shared/ui/chart/chart-option'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'
import type { RateCell, TrendModel } from './trend-model'

export interface TrendOptionInput {
  readonly model: TrendModel
  /** One x-axis label per row (see bucket-label.ts). */
  readonly categories: readonly string[]
  /** One legend name per channel, in `model.channels` order, already translated. */
  readonly channelNames: readonly string[]
  readonly names: {
    readonly initialCheck: string
    readonly closure: string
    /** Shown on each shaded band. */
    readonly holiday: string
    /** Shown on the bucket still running (today's): its figures are so far. */
    readonly running: string
    readonly valueAxis: string
    readonly rateAxis: string
  }
  /** Runs of rows to shade (index pairs, both included), see `holidayRuns`. */
  readonly holidayRuns: readonly (readonly [number, number])[]
  /** Other events (3·15, shopping festivals, the beach season): named runs of rows. */
  readonly eventRuns?: readonly { readonly label: string; readonly first: number; readonly last: number }[]
  /** Plain-text formatters from the formatting module (via the panel). */
  readonly format: {
    readonly count: (count: number) => string
    /** A rate with its numerator and denominator: "95.0%（19/20）". */
    readonly rateCell: (cell: RateCell) => string
    /** Rate axis ticks. */
    readonly rateTick: (rate: number) => string
  }
  readonly theme: ChartTheme
}

type ValueFormatter = (value: unknown, dataIndex: number) => string

/**
 * The trend chart: received per bucket stacked by channel, the on-time initial-check and
 * closure rates as lines on a percent axis, holidays and other events shaded with their names. Built on the shared time-series
 * builder (theme, axes, rich-text tooltips); what it adds is the rate lines' tooltip text, which
 * gives each rate with its numerator and denominator: ECharts passes the line's value only, so
 * the formatter looks the bucket up by `dataIndex`. Pure; tooltips stay plain text, and no
 * formatter ever sees a name, so names cannot become markup there.
 */
export function buildTrendOption(input: TrendOptionInput): ChartOption {
  const { model, categories, channelNames, names, holidayRuns, eventRuns = [], format, theme } = input
  const cells = {
    initialCheck: model.rows.map((row) => row.initialCheck),
    closure: model.rows.map((row) => row.closure),
  }

  const option = buildTimeSeriesOption({
    categories,
    bars: model.channels.map((code, index) => ({
      name: channelNames[index] ?? code,
      values: model.rows.map((row) => row.counts[index] ?? null),
    })),
    rates: [
      { name: names.initialCheck, values: cells.initialCheck.map((cell) => cell.value) },
      { name: names.closure, values: cells.closure.map((cell) => cell.value) },
    ],
    ranges: [
      ...holidayRuns.map(([first, last]) => ({ label: names.holiday, first, last, labelLine: 0 })),
      // Events' names below the holidays', alternating lines: 618 and the beach season are
      // neighbours.
      ...eventRuns.map((run, index) => ({ ...run, labelLine: 1 + (index % 2) })),
      // Below both, so that a holiday today keeps its own name.
      ...model.rows.flatMap((row, index) =>
        row.running ? [{ label: names.running, first: index, last: index, labelLine: 3 }] : [],
      ),
    ].flatMap(({ label, first, last, labelLine }) => {
      const from = categories[first]
      const to = categories[last]
      return from === undefined || to === undefined ? [] : [{ label, from, to, labelLine }]
    }),
    labels: { valueAxis: names.valueAxis, rateAxis: names.rateAxis },
    format: { value: format.count, rate: (rate) => format.rateTick(rate), rateTick: format.rateTick },
    theme,
  })

  const rateFormatters: ValueFormatter[] = [cells.initialCheck, cells.closure].map(
    (column) => (_value, dataIndex) =>
      format.rateCell(column[dataIndex] ?? { value: null, numerator: null, denominator: null }),
  )
  // The lines come after the bars, in the order the rates were given.
  let lineIndex = 0
  const series = (Array.isArray(option.series) ? option.series : []).map((item) => {
    if (item.type !== 'line') return item
    const valueFormatter = rateFormatters[lineIndex]
    lineIndex += 1
    return { ...item, tooltip: { ...item.tooltip, valueFormatter } }
  })
  return { ...option, series }
}
