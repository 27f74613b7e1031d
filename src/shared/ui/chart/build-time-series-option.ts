import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import { missingValue } from '@/shared/lib/format'
import type { ChartOption } from './chart-option'
import { seriesColour, type ChartTheme } from './chart-theme'

/** One stacked bar series, e.g. work orders received through one channel. */
export interface TimeSeriesBars {
  /** Legend and tooltip name. May be text from the public: it is only ever used as data. */
  name: string
  /** One value per category; `null` for "no figure" (a gap, not a zero). */
  values: readonly (number | null)[]
}

/** One line on the rate axis, e.g. the on-time rate. Values are fractions 0..1. */
export interface TimeSeriesRate {
  name: string
  values: readonly (number | null)[]
}

/** A shaded stretch of categories, e.g. a public holiday; both ends included. */
export interface ShadedRange {
  /** Shown at the top of the shaded area. */
  label: string
  /** The first category of the range (one of `categories`). */
  from: string
  /** The last category of the range. */
  to: string
  /**
   * The text line the label sits on, from the top (0, the default): neighbouring ranges of
   * different kinds (a holiday, a shopping festival) put theirs on different lines.
   */
  labelLine?: number
}

export interface TimeSeriesInput {
  /**
   * The x-axis labels, already formatted in China time (days such as "3月14日" or period
   * labels). A category axis, not ECharts' time axis: that one formats in the browser's zone.
   */
  categories: readonly string[]
  /** Stacked bars on the left axis, in stacking order (bottom first). */
  bars: readonly TimeSeriesBars[]
  /** Lines on a second (right) axis from 0 to 100 %. */
  rates?: readonly TimeSeriesRate[]
  ranges?: readonly ShadedRange[]
  /** Axis names, already translated. */
  labels: { valueAxis: string; rateAxis?: string }
  /** Number formatting from the formatting module, so the chart reads like the rest of the UI. */
  format: {
    value: (value: number) => string
    rate: (rate: number) => string
    /** Rate axis ticks (0 %, 25 %…); defaults to `rate`. */
    rateTick?: (rate: number) => string
  }
  theme: ChartTheme
  /**
   * Adds decal patterns to the bars so that series differ by more than colour (colour-blind
   * readers, greyscale print). Off by default: legend and tooltip already name each series.
   */
  patterns?: boolean
  /**
   * The size of every text in px (legend, axis labels and names, range labels), and with it
   * markers and line widths. Unset: ECharts' defaults (12 px), right for a panel on a desk; the
   * wall display sets it from the screen's size so that a room can read the chart.
   */
  fontSize?: number
}

/** The stack id shared by every bar series: one stack per category. */
export const barStack = 'total'

function valueFormatter(format: (value: number) => string) {
  return (value: unknown): string =>
    typeof value === 'number' && Number.isFinite(value) ? format(value) : missingValue
}

/**
 * A bar-and-line chart over time: stacked bars (counts) on the left axis, optional rate lines
 * on a right axis in %, optional shaded ranges. Pure: the same input gives the same option,
 * so it is tested as data. Tooltips are rich text with per-series value formatters; there is
 * no HTML formatter anywhere, so names from the public stay data.
 */
export function buildTimeSeriesOption(input: TimeSeriesInput): ChartOption {
  const {
    categories,
    bars,
    rates = [],
    ranges = [],
    labels,
    format,
    theme,
    patterns = false,
    fontSize,
  } = input
  const hasRates = rates.length > 0
  // ECharts' sizes are for 12 px text; a larger text scales what sits beside it.
  const scale = fontSize === undefined ? 1 : fontSize / 12
  const size = fontSize === undefined ? {} : { fontSize }

  const markArea: BarSeriesOption['markArea'] =
    ranges.length > 0
      ? {
          silent: true,
          itemStyle: { color: theme.grid, opacity: 0.6 },
          label: { color: theme.textMuted, position: 'insideTop', ...size },
          data: ranges.map((range) => [
            {
              name: range.label,
              xAxis: range.from,
              ...(range.labelLine ? { label: { offset: [0, range.labelLine * 14 * scale] } } : {}),
            },
            { xAxis: range.to },
          ]),
        }
      : undefined

  const barSeries: BarSeriesOption[] = bars.map((bar, index) => ({
    type: 'bar',
    name: bar.name,
    stack: barStack,
    yAxisIndex: 0,
    data: [...bar.values],
    itemStyle: { color: seriesColour(theme, index) },
    tooltip: { valueFormatter: valueFormatter(format.value) },
    barMaxWidth: 48,
    // On a bar series a markArea covers whole category bands, so a one-day holiday shows.
    ...(index === 0 && markArea ? { markArea } : {}),
  }))

  const lineSymbols = ['circle', 'diamond', 'triangle', 'rect'] as const
  const rateSeries: LineSeriesOption[] = rates.map((rate, index) => ({
    type: 'line',
    name: rate.name,
    yAxisIndex: hasRates ? 1 : 0,
    data: [...rate.values],
    // Lines differ from each other by marker shape as well as colour.
    symbol: lineSymbols[index % lineSymbols.length],
    symbolSize: 7 * scale,
    lineStyle: { width: 2 * scale, color: seriesColour(theme, bars.length + index) },
    itemStyle: { color: seriesColour(theme, bars.length + index) },
    connectNulls: false,
    tooltip: { valueFormatter: valueFormatter(format.rate) },
    ...(bars.length === 0 && index === 0 && markArea ? { markArea } : {}),
  }))

  const rateTick = format.rateTick ?? format.rate
  const axisLabelStyle = { color: theme.axis, fontFamily: theme.fontFamily, ...size }

  return {
    color: [...theme.palette],
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, ...size },
    ...(patterns ? { aria: { enabled: true, decal: { show: true } } } : {}),
    // Axis names on top, legend below (on top they would collide). The grid box includes
    // the axis labels and names, so the bottom margin is the legend's room alone.
    grid: {
      left: 4,
      right: 4,
      top: 8 * scale,
      bottom: 36 * scale,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    legend: {
      type: 'scroll',
      bottom: 0,
      textStyle: { color: theme.text, ...size },
      pageTextStyle: { color: theme.textMuted, ...size },
      itemWidth: 25 * scale,
      itemHeight: 14 * scale,
    },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      confine: true,
      axisPointer: { type: 'shadow', shadowStyle: { color: theme.grid, opacity: 0.5 } },
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    },
    xAxis: {
      type: 'category',
      data: [...categories],
      axisLine: { lineStyle: { color: theme.axis } },
      axisTick: { alignWithLabel: false, lineStyle: { color: theme.axis } },
      axisLabel: { ...axisLabelStyle, hideOverlap: true },
    },
    // Both axes' label formatters return plain text: ECharts draws axis labels as SVG text
    // nodes (never parsed as HTML, unlike tooltips), and they receive only the axis's numbers,
    // so no data from the public reaches them and there is nothing to escape.
    yAxis: [
      {
        type: 'value',
        name: labels.valueAxis,
        nameTextStyle: { color: theme.textMuted, align: 'left', ...size },
        min: 0,
        axisLabel: { ...axisLabelStyle, formatter: (value: number) => format.value(value) },
        splitLine: { lineStyle: { color: theme.grid } },
      },
      ...(hasRates
        ? [
            {
              type: 'value' as const,
              name: labels.rateAxis ?? '',
              nameTextStyle: { color: theme.textMuted, align: 'right' as const, ...size },
              min: 0,
              max: 1,
              position: 'right' as const,
              axisLabel: { ...axisLabelStyle, formatter: (value: number) => rateTick(value) },
              // One set of grid lines (the count axis's) is enough.
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: [...barSeries, ...rateSeries],
  }
}
