import type { ChartOption } from '@/shared/ui/chart/chart-option'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'
import type { Rises } from './rise-model'

export interface HeatmapInput {
  readonly rises: Pick<Rises, 'weeks' | 'rows'>
  /** One label per week, already formatted. */
  readonly weekLabels: readonly string[]
  /** One name per row, already translated (data, never markup). */
  readonly rowNames: readonly string[]
  readonly format: {
    readonly count: (count: number) => string
    /** A rising cell's label and tooltip text ("123 ▲"). */
    readonly rising: (count: number) => string
  }
  readonly theme: ChartTheme
}

/**
 * The category × week heat map: one cell per row and week, its shade the week's count relative
 * to the row's own highest week (so that a small category's rise shows as well as a large
 * one's); rising cells carry "▲" as text and a border, so the mark does not rest on colour. Rows top to
 * bottom in the ranking's order. Pure; labels are plain text.
 */
export function buildHeatmapOption({
  rises,
  weekLabels,
  rowNames,
  format,
  theme,
}: HeatmapInput): ChartOption {
  const rowCount = rises.rows.length
  const data = rises.rows.flatMap((row, rowIndex) => {
    const max = Math.max(1, ...row.cells.map((cell) => cell.count))
    // The y axis runs bottom-up: the first row is drawn at the top.
    const y = rowCount - 1 - rowIndex
    return row.cells.map((cell, weekIndex) => ({
      // The fourth value is the shade: the count relative to the row's highest week.
      value: [weekIndex, y, cell.count, cell.count / max],
      rising: cell.rising,
      itemStyle: {
        borderColor: cell.rising ? theme.text : theme.surface,
        borderWidth: cell.rising ? 2 : 1,
      },
      label: { show: cell.rising },
    }))
  })
  const text = (value: unknown, rising: boolean) => {
    const count = Array.isArray(value) && typeof value[2] === 'number' ? value[2] : 0
    return rising ? format.rising(count) : format.count(count)
  }
  return {
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    grid: { left: 4, right: 8, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily },
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params
        if (!item) return ''
        const value = item.value
        const x = Array.isArray(value) && typeof value[0] === 'number' ? value[0] : 0
        const y = Array.isArray(value) && typeof value[1] === 'number' ? value[1] : 0
        const rising = (item.data as { rising?: boolean } | undefined)?.rising === true
        return `${rowNames[rowCount - 1 - y] ?? ''}\n${weekLabels[x] ?? ''}: ${text(value, rising)}`
      },
    },
    xAxis: {
      type: 'category',
      data: [...weekLabels],
      splitArea: { show: false },
      axisLabel: { color: theme.axis, hideOverlap: true },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    yAxis: {
      type: 'category',
      data: [...rowNames].reverse(),
      axisLabel: { color: theme.axis },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    // ECharts' heat map takes its colours from a visual map: hidden, since the shade is relative
    // per row (the text alternative and tooltips give the counts).
    visualMap: {
      type: 'continuous',
      show: false,
      dimension: 3,
      min: 0,
      max: 1,
      inRange: { color: [theme.surface, theme.palette[0] ?? theme.text] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        // Only rising cells show a label, the mark alone: a count would not fit a phone's cell
        // (the tooltip and the text alternative give it).
        label: { color: theme.text, formatter: '▲' },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
        cursor: 'pointer',
      },
    ],
  }
}
