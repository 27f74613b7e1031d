/**
 * Charts and the UI share one set of design tokens: the CSS custom properties in
 * src/shared/ui/styles/tokens.css. This module reads them into a plain object that option
 * builders receive (so builders stay pure and testable as data), and turns that object into
 * an ECharts theme for the defaults a builder does not set (tooltip box, axis pointer…).
 *
 * No runtime import from echarts here: builders and the theme hook run in the first-load
 * bundle, ECharts itself is loaded lazily by the chart component.
 */

/** The colours and type a chart needs, resolved to concrete values for the current theme. */
export interface ChartTheme {
  /** Series colours in order (`--chart-1` … `--chart-6`). */
  palette: readonly string[]
  /** Split lines and shaded ranges (`--chart-grid`). */
  grid: string
  /** Axis lines and tick labels (`--chart-axis`). */
  axis: string
  /** Main text: legend, tooltip (`--color-text`). */
  text: string
  /** Secondary text: axis names, range labels (`--color-text-muted`). */
  textMuted: string
  /** The panel background the chart sits on; tooltips use it too (`--color-surface`). */
  surface: string
  /** Tooltip and legend borders (`--color-border`). */
  border: string
  /** The UI font stack (`--font-sans`), so chart text matches the page. */
  fontFamily: string
}

/**
 * The light theme's values, used only where the stylesheet is absent (unit tests in jsdom,
 * which do not load CSS). tokens.css stays the source of truth for the running app.
 */
export const fallbackChartTheme: ChartTheme = {
  palette: ['#2563eb', '#0d9488', '#d97706', '#7c3aed', '#db2777', '#65a30d'],
  grid: '#e5e7eb',
  axis: '#6b7280',
  text: '#111827',
  textMuted: '#4b5563',
  surface: '#ffffff',
  border: '#d5dbe5',
  fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
}

const paletteTokens = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'] as const

/** Reads the tokens in effect on `element` (the document root by default). */
export function readChartTheme(element: Element = document.documentElement): ChartTheme {
  const computed = getComputedStyle(element)
  const token = (name: string, fallback: string) => computed.getPropertyValue(name).trim() || fallback
  return {
    palette: paletteTokens.map((name, index) => token(name, fallbackChartTheme.palette[index] ?? '#888888')),
    grid: token('--chart-grid', fallbackChartTheme.grid),
    axis: token('--chart-axis', fallbackChartTheme.axis),
    text: token('--color-text', fallbackChartTheme.text),
    textMuted: token('--color-text-muted', fallbackChartTheme.textMuted),
    surface: token('--color-surface', fallbackChartTheme.surface),
    border: token('--color-border', fallbackChartTheme.border),
    fontFamily: token('--font-sans', fallbackChartTheme.fontFamily),
  }
}

export function sameChartTheme(a: ChartTheme, b: ChartTheme): boolean {
  return (
    a.grid === b.grid &&
    a.axis === b.axis &&
    a.text === b.text &&
    a.textMuted === b.textMuted &&
    a.surface === b.surface &&
    a.border === b.border &&
    a.fontFamily === b.fontFamily &&
    a.palette.length === b.palette.length &&
    a.palette.every((colour, index) => colour === b.palette[index])
  )
}

/** The series colour for the n-th series: the palette repeats when there are more series. */
export function seriesColour(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? fallbackChartTheme.axis
}

/**
 * An ECharts theme object from the tokens: the defaults behind every option, so that parts
 * a builder leaves unset (tooltip box, axis pointer, legend text) still follow light/dark.
 * Plain data; the chart wrapper passes it to `echarts.init` and `chart.setTheme`.
 */
export function toEChartsTheme(theme: ChartTheme): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { lineStyle: { color: theme.axis } },
    axisLabel: { color: theme.axis },
    nameTextStyle: { color: theme.textMuted },
    splitLine: { lineStyle: { color: theme.grid } },
  }
  return {
    color: [...theme.palette],
    // Transparent: the panel behind the chart already has the surface colour.
    backgroundColor: 'transparent',
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    legend: { textStyle: { color: theme.text }, pageTextStyle: { color: theme.textMuted } },
    tooltip: {
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily },
      axisPointer: {
        lineStyle: { color: theme.axis },
        crossStyle: { color: theme.axis },
        shadowStyle: { color: theme.grid, opacity: 0.5 },
      },
    },
    categoryAxis: axis,
    valueAxis: axis,
    markArea: { label: { color: theme.textMuted } },
  }
}
