import { holidayRuns, type RateCell, type TrendModel } from '@/features/overview-trend/trend-model'
import { buildTimeSeriesOption } from '@/shared/ui/chart/build-time-series-option'
import type { ChartOption } from '@/shared/ui/chart/chart-option'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'

/**
 * The wall's chart colours: its own dark surface whatever the app's theme (the app's dark chart
 * tokens, on the wall's background, see wall-page.module.css).
 */
export const wallChartTheme: ChartTheme = {
  palette: ['#60a5fa', '#2dd4bf', '#fbbf24', '#a78bfa', '#f472b6', '#a3e635'],
  grid: '#2c3a55',
  axis: '#a3aec2',
  text: '#e5e9f2',
  textMuted: '#a3aec2',
  surface: '#111a2e',
  border: '#2c3a55',
  fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
}

export interface WallTrendOptionInput {
  readonly model: TrendModel
  /** One x-axis label per row. */
  readonly categories: readonly string[]
  /** One legend name per channel, in `model.channels` order. */
  readonly channelNames: readonly string[]
  readonly names: {
    readonly closure: string
    readonly holiday: string
    /** On today's bar: its figures are so far. */
    readonly running: string
    readonly valueAxis: string
  }
  readonly holidays: ReadonlySet<string>
  readonly format: { readonly count: (count: number) => string; readonly rate: (rate: number) => string }
  /** Text size in px, from the screen's size. */
  readonly fontSize: number
}

/**
 * The trends scene's chart: received per day stacked by channel, the on-time closure rate on a
 * percent axis, holidays shaded. Pure; built on the shared time-series builder. No tooltip: no
 * one points at a wall, and the figures are in the text alternative.
 */
export function buildWallTrendOption(input: WallTrendOptionInput): ChartOption {
  const { model, categories, channelNames, names, holidays, format, fontSize } = input
  const option = buildTimeSeriesOption({
    categories,
    bars: model.channels.map((code, index) => ({
      name: channelNames[index] ?? code,
      values: model.rows.map((row) => row.counts[index] ?? null),
    })),
    rates: [{ name: names.closure, values: model.rows.map((row) => row.closure.value) }],
    ranges: [
      ...holidayRuns(model.rows, holidays).map(([first, last]) => ({ label: names.holiday, first, last })),
      // On the line below a holiday's name: today may be one.
      ...model.rows.flatMap((row, index) =>
        row.running ? [{ label: names.running, first: index, last: index, labelLine: 1 }] : [],
      ),
    ].flatMap(({ first, last, ...range }) => {
      const from = categories[first]
      const to = categories[last]
      return from === undefined || to === undefined ? [] : [{ ...range, from, to }]
    }),
    labels: { valueAxis: names.valueAxis },
    format: { value: format.count, rate: format.rate },
    theme: wallChartTheme,
    fontSize,
  })
  const { tooltip: _tooltip, ...rest } = option
  // Redrawn with each refresh: an animation every 30 s draws the eye for nothing.
  return { ...rest, animation: false }
}

/**
 * Totals of the window: what came in, the mean of the days that are over (today's count is so
 * far, and would pull the mean down all morning), and the closure rate over every day's due items.
 */
export function trendTotals(model: TrendModel): {
  received: number | null
  perDay: number | null
  closure: RateCell
} {
  let received: number | null = null
  let endedSum = 0
  let endedDays = 0
  let numerator = 0
  let denominator = 0
  let rated = false
  for (const row of model.rows) {
    if (row.total !== null) received = (received ?? 0) + row.total
    if (row.total !== null && !row.running) {
      endedSum += row.total
      endedDays += 1
    }
    if (row.closure.numerator !== null && row.closure.denominator !== null) {
      numerator += row.closure.numerator
      denominator += row.closure.denominator
      rated = true
    }
  }
  return {
    received,
    perDay: endedDays > 0 ? endedSum / endedDays : null,
    closure: rated
      ? { value: denominator > 0 ? numerator / denominator : null, numerator, denominator }
      : { value: null, numerator: null, denominator: null },
  }
}
