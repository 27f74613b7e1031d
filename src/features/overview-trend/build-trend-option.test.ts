// @vitest-environment node
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import type { ChartTheme } from '@/shared/ui/chart/chart-theme'
import { toSafeChartOption } from '@/shared/ui/chart/safe-chart-option'
import { buildTrendOption, type TrendOptionInput } from './build-trend-option'
import type { RateCell, TrendModel } from './trend-model'

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

const model: TrendModel = {
  channels: ['hotline12345', 'platform12315'],
  rows: [
    {
      start: '2026-10-01',
      end: '2026-10-01',
      counts: [12, 3],
      total: 15,
      initialCheck: { value: 0.5, numerator: 1, denominator: 2 },
      closure: { value: null, numerator: 0, denominator: 0 },
      running: false,
    },
    {
      start: '2026-10-02',
      end: '2026-10-02',
      counts: [8, null],
      total: 8,
      initialCheck: { value: 0.9, numerator: 9, denominator: 10 },
      closure: { value: 0.75, numerator: 3, denominator: 4 },
      running: false,
    },
    {
      start: '2026-10-03',
      end: '2026-10-03',
      counts: [1, 0],
      total: 1,
      initialCheck: { value: 1, numerator: 3, denominator: 3 },
      closure: { value: 1, numerator: 5, denominator: 5 },
      running: false,
    },
  ],
}

const rateCell = (cell: RateCell) =>
  cell.value === null
    ? '—'
    : `${String(cell.value * 100)}% (${String(cell.numerator)}/${String(cell.denominator)})`

function setup(overrides: Partial<TrendOptionInput> = {}) {
  const input: TrendOptionInput = {
    model,
    categories: ['10月1日', '10月2日', '10月3日'],
    channelNames: ['12345热线', '12315平台'],
    names: {
      initialCheck: '投诉按时初查率',
      closure: '按时办结率',
      holiday: '节假日',
      running: '统计中',
      valueAxis: '受理量（件）',
      rateAxis: '按时率',
    },
    holidayRuns: [[0, 1]],
    format: {
      count: (count) => `${String(count)} 件`,
      rateCell,
      rateTick: (rate) => `${String(rate * 100)}%`,
    },
    theme,
    ...overrides,
  }
  const option = buildTrendOption(input)
  const series = option.series as (BarSeriesOption | LineSeriesOption)[]
  return {
    option,
    bars: series.filter((item): item is BarSeriesOption => item.type === 'bar'),
    lines: series.filter((item): item is LineSeriesOption => item.type === 'line'),
  }
}

/** Every string anywhere in the option, with its path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${String(index)}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`))
  }
  return []
}

/** Every function anywhere in the option (formatters), with its path. */
function functions(value: unknown, path = '$'): [string, (...args: unknown[]) => unknown][] {
  if (typeof value === 'function') return [[path, value as (...args: unknown[]) => unknown]]
  if (Array.isArray(value))
    return value.flatMap((item, index) => functions(item, `${path}[${String(index)}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => functions(item, `${path}.${key}`))
  }
  return []
}

describe('buildTrendOption', () => {
  it('stacks one bar series per channel, named, in the model order, with gaps kept', () => {
    const { option, bars } = setup()
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['10月1日', '10月2日', '10月3日'] })
    expect(bars.map((bar) => [bar.name, bar.stack, bar.data])).toEqual([
      ['12345热线', 'total', [12, 8, 1]],
      ['12315平台', 'total', [3, null, 0]],
    ])
  })

  it('draws both rates as lines on the percent axis', () => {
    const { option, lines } = setup()
    expect(lines.map((line) => [line.name, line.yAxisIndex, line.data])).toEqual([
      ['投诉按时初查率', 1, [0.5, 0.9, 1]],
      ['按时办结率', 1, [null, 0.75, 1]],
    ])
    expect((option.yAxis as Record<string, unknown>[])[1]).toMatchObject({ min: 0, max: 1, name: '按时率' })
  })

  it('gives exact figures in the tooltips: counts, and each rate with its numerator and denominator', () => {
    const { bars, lines } = setup()
    const countText = bars[0]?.tooltip?.valueFormatter as (value: unknown, index: number) => string
    expect(countText(12, 0)).toBe('12 件')
    expect(countText(null, 1)).toBe('—')
    const initialText = lines[0]?.tooltip?.valueFormatter as (value: unknown, index: number) => string
    const closureText = lines[1]?.tooltip?.valueFormatter as (value: unknown, index: number) => string
    expect(initialText(0.9, 1)).toBe('90% (9/10)')
    expect(closureText(0.75, 1)).toBe('75% (3/4)')
    // The bucket is found by its index, whatever value ECharts passes.
    expect(closureText(null, 0)).toBe('—')
    expect(closureText(undefined, 99)).toBe('—')
  })

  it('shades holiday runs across their whole buckets, labelled', () => {
    const { bars } = setup({
      holidayRuns: [
        [0, 1],
        [2, 2],
      ],
    })
    expect(bars[0]?.markArea?.data).toEqual([
      [{ name: '节假日', xAxis: '10月1日' }, { xAxis: '10月2日' }],
      [{ name: '节假日', xAxis: '10月3日' }, { xAxis: '10月3日' }],
    ])
    expect(setup({ holidayRuns: [] }).bars.some((bar) => bar.markArea !== undefined)).toBe(false)
  })

  it('shades other events by name beside the holidays', () => {
    const { bars } = setup({
      holidayRuns: [[0, 0]],
      eventRuns: [{ label: hostile, first: 2, last: 2 }],
    })
    expect(bars[0]?.markArea?.data).toEqual([
      [{ name: '节假日', xAxis: '10月1日' }, { xAxis: '10月1日' }],
      // A name is data: it reaches the chart as a label's text, never as markup.
      // On the line below the holidays' labels.
      [{ name: hostile, xAxis: '10月3日', label: { offset: [0, 14] } }, { xAxis: '10月3日' }],
    ])
  })

  it('shades the bucket still running, labelled below holidays and events', () => {
    const running: TrendModel = {
      ...model,
      rows: model.rows.map((row, index) => ({ ...row, running: index === 2 })),
    }
    const { bars } = setup({ model: running, holidayRuns: [[2, 2]] })
    expect(bars[0]?.markArea?.data).toEqual([
      [{ name: '节假日', xAxis: '10月3日' }, { xAxis: '10月3日' }],
      [{ name: '统计中', xAxis: '10月3日', label: { offset: [0, 42] } }, { xAxis: '10月3日' }],
    ])
  })

  it('keeps tooltips rich text, with no HTML formatter', () => {
    const { option, bars, lines } = setup()
    const safe = toSafeChartOption(option)
    expect(safe.tooltip).toMatchObject({ trigger: 'axis', renderMode: 'richText' })
    expect(safe.tooltip).not.toHaveProperty('formatter')
    for (const item of [...bars, ...lines]) expect(item.tooltip).not.toHaveProperty('formatter')
  })

  it('keeps hostile names as data, never inside formatter output or markup', () => {
    const { option } = setup({
      channelNames: [hostile, `${hostile}2`],
      names: {
        initialCheck: hostile,
        closure: hostile,
        holiday: hostile,
        running: hostile,
        valueAxis: '件',
        rateAxis: '%',
      },
    })
    const safe = toSafeChartOption(option)
    const found = strings(safe).filter(([, text]) => text.includes('<'))
    expect(found.map(([path]) => path)).toEqual([
      '$.series[0].name',
      '$.series[0].markArea.data[0][0].name',
      '$.series[1].name',
      '$.series[2].name',
      '$.series[3].name',
    ])
    // Both rate lines still get their own figures (they are found by position, not by name).
    const outputs = functions(safe).flatMap(([path, formatter]) =>
      [0, 1, 2].map((index) => [path, String(formatter(0.5, index))] as const),
    )
    expect(outputs.length).toBeGreaterThan(10)
    for (const [path, output] of outputs) {
      expect(output, path).not.toMatch(/[<>]/)
      expect(output, path).not.toContain('onerror')
    }
    const closure = (safe.series as LineSeriesOption[])[3]?.tooltip?.valueFormatter as (
      value: unknown,
      index: number,
    ) => string
    expect(closure(1, 2)).toBe('100% (5/5)')
  })

  it('is pure: the same input gives an equal option', () => {
    expect(JSON.stringify(setup().option)).toBe(JSON.stringify(setup().option))
  })
})
