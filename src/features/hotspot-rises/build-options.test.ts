// @vitest-environment node
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'
import { toSafeChartOption } from '@/shared/ui/chart/safe-chart-option'
import { buildHeatmapOption } from './build-heatmap-option'
import { buildRiseTrendOption } from './build-rise-trend-option'
import type { RiseCell, Rises } from './rise-model'

const theme: ChartTheme = {
  palette: ['#000001', '#000002', '#000003', '#000004', '#000005', '#000006'],
  grid: '#0000a1',
  axis: '#0000a2',
  text: '#0000a3',
  textMuted: '#0000a4',
  surface: '#0000a5',
  border: '#0000a6',
  fontFamily: 'Test Sans',
}
const hostile = '<img src=x onerror=alert(1)>'

const cell = (count: number, mean: number, threshold: number, rising = false): RiseCell => ({
  count,
  baselineMean: mean,
  baselineStdDev: (threshold - mean) / 2,
  threshold,
  zScore: null,
  rising,
})

const rises: Pick<Rises, 'weeks' | 'rows'> = {
  weeks: [
    { from: '2026-11-14', to: '2026-11-20', baselineMethod: 'previousPeriods' },
    { from: '2026-11-21', to: '2026-11-27', baselineMethod: 'previousPeriods' },
  ],
  rows: [
    { key: 'tourism', cells: [cell(40, 38, 50), cell(120, 40, 52, true)] },
    { key: 'pricing', cells: [cell(10, 9, 14), cell(5, 9, 14)] },
  ],
}

describe('the heat map', () => {
  const option = buildHeatmapOption({
    rises,
    weekLabels: ['11月20日', '11月27日'],
    rowNames: [hostile, '价格'],
    format: { count: String, rising: (count) => `${count} ▲` },
    theme,
  })
  const series = (option.series as HeatmapSeriesOption[])[0]
  const data = series?.data as { value: number[]; rising: boolean; label: { show: boolean } }[]

  it('has a cell per row and week, the first row on top, shaded relative to its own highest week', () => {
    expect(data.map((item) => item.value)).toEqual([
      [0, 1, 40, 40 / 120],
      [1, 1, 120, 1],
      [0, 0, 10, 1],
      [1, 0, 5, 0.5],
    ])
    expect(option.yAxis).toMatchObject({ data: ['价格', hostile] })
  })

  it('marks rising cells with text, not colour alone', () => {
    expect(data.map((item) => item.label.show)).toEqual([false, true, false, false])
    expect(series?.label?.formatter).toBe('▲')
  })

  it('keeps its tooltip rich text: a hostile name stays a string', () => {
    const safe = toSafeChartOption(option)
    expect(safe.tooltip).toMatchObject({ renderMode: 'richText' })
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter
    expect(formatter({ value: [1, 1, 120, 1], data: data[1] })).toBe(`${hostile}\n11月27日: 120 ▲`)
  })
})

describe("a row's trend", () => {
  const row = rises.rows[0]!
  const option = buildRiseTrendOption({
    row,
    weekLabels: ['11月20日', '11月27日'],
    events: [
      {
        event: { code: 'double11', kind: 'shoppingFestival', from: '2026-11-11', to: '2026-11-11' },
        first: 0,
        last: 0,
      },
    ],
    eventNames: ['双11'],
    names: { count: '件数', mean: '基线均值', band: '基线带', valueAxis: '件数' },
    format: { count: String, decimal: (value) => value.toFixed(1) },
    theme,
  })
  const [bars, mean, band] = option.series as [BarSeriesOption, LineSeriesOption, LineSeriesOption]

  it('draws the counts, the mean and the band from the mean up to the threshold', () => {
    expect((bars.data as { value: number }[]).map((item) => item.value)).toEqual([40, 120])
    expect(mean.data).toEqual([38, 40])
    // Stacked on the mean: the band's top is the threshold.
    expect(band.data).toEqual([12, 12])
    expect(band.stack).toBe(mean.stack)
    const threshold = band.tooltip?.valueFormatter as (value: unknown, index: number) => string
    expect(threshold(12, 1)).toBe('52.0')
  })

  it('marks the rising week and names the events over their weeks', () => {
    expect((bars.data as { label: { show: boolean } }[]).map((item) => item.label.show)).toEqual([
      false,
      true,
    ])
    expect(bars.markArea?.data).toEqual([
      [{ name: '双11', xAxis: '11月20日', label: { offset: [0, 0] } }, { xAxis: '11月20日' }],
    ])
  })
})
