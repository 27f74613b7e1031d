import type { EventRun } from '@/entities/calendar/model/event-runs'
import type { ChartOption } from '@/shared/ui/chart/chart-option'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'
import type { RiseRow } from './rise-model'

export interface RiseTrendInput {
  readonly row: RiseRow
  readonly weekLabels: readonly string[]
  /** Events on the weeks, with their names already translated, in the same order. */
  readonly events: readonly EventRun[]
  readonly eventNames: readonly string[]
  readonly names: {
    readonly count: string
    readonly mean: string
    readonly band: string
    readonly valueAxis: string
  }
  readonly format: { readonly count: (value: number) => string; readonly decimal: (value: number) => string }
  readonly theme: ChartTheme
}

const bandStack = 'baseline'

/**
 * One row's weeks: the count as bars (rising weeks outlined and labelled "▲"), the baseline
 * mean as a line and the band from the mean up to the threshold as a shaded area (a stacked
 * line: the mean, then threshold − mean), events shaded over the weeks they touch with their
 * names. Pure; every text is plain.
 */
export function buildRiseTrendOption(input: RiseTrendInput): ChartOption {
  const { row, weekLabels, events, eventNames, names, format, theme } = input
  const counts = row.cells.map((cell) => ({
    value: cell.count,
    itemStyle: {
      color: theme.palette[0],
      borderColor: cell.rising ? theme.text : theme.palette[0],
      borderWidth: cell.rising ? 2 : 0,
    },
    label: { show: cell.rising, position: 'top' as const, formatter: '▲', color: theme.text },
  }))
  const axisLabel = { color: theme.axis, fontFamily: theme.fontFamily }
  const valueFormatter = (value: unknown) => (typeof value === 'number' ? format.count(value) : '')
  return {
    color: [...theme.palette],
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    grid: { left: 4, right: 4, top: 24, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    legend: { type: 'scroll', bottom: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis',
      renderMode: 'richText',
      confine: true,
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    },
    xAxis: {
      type: 'category',
      data: [...weekLabels],
      axisLabel: { ...axisLabel, hideOverlap: true },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    yAxis: {
      type: 'value',
      name: names.valueAxis,
      min: 0,
      nameTextStyle: { color: theme.textMuted, align: 'left' },
      axisLabel: { ...axisLabel, formatter: (value: number) => format.count(value) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        type: 'bar',
        name: names.count,
        data: counts,
        barMaxWidth: 40,
        tooltip: { valueFormatter },
        // On a bar series a mark area covers whole weeks, so a one-day event shows.
        markArea: {
          silent: true,
          itemStyle: { color: theme.grid, opacity: 0.5 },
          label: { color: theme.textMuted, position: 'insideTop', overflow: 'truncate' },
          data: events.flatMap((run, index) => {
            const from = weekLabels[run.first]
            const to = weekLabels[run.last]
            return from === undefined || to === undefined
              ? []
              : [
                  [
                    {
                      name: eventNames[index] ?? run.event.code,
                      xAxis: from,
                      // Staggered: events in neighbouring weeks would print over each other.
                      label: { offset: [0, (index % 2) * 14] },
                    },
                    { xAxis: to },
                  ],
                ]
          }),
        },
      },
      {
        type: 'line',
        name: names.mean,
        stack: bandStack,
        data: row.cells.map((cell) => cell.baselineMean),
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { color: theme.palette[2], width: 2 },
        itemStyle: { color: theme.palette[2] },
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? format.decimal(value) : '') },
      },
      {
        type: 'line',
        name: names.band,
        stack: bandStack,
        data: row.cells.map((cell) => cell.threshold - cell.baselineMean),
        symbol: 'none',
        lineStyle: { color: theme.palette[2], width: 1, type: 'dashed' },
        itemStyle: { color: theme.palette[2] },
        areaStyle: { color: theme.palette[2], opacity: 0.18 },
        // The band's top is the threshold: the tooltip gives the threshold, not the band's height.
        tooltip: {
          valueFormatter: (_value, dataIndex) => format.decimal(row.cells[dataIndex]?.threshold ?? 0),
        },
      },
    ],
  }
}
