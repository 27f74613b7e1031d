import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { barStack, buildTimeSeriesOption, type TimeSeriesInput } from './build-time-series-option'
import type { ChartTheme } from './chart-theme'

// A theme unlike the real tokens, so a colour in the option can only have come from it.
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

function setup(overrides: Partial<TimeSeriesInput> = {}) {
  const input: TimeSeriesInput = {
    categories: ['3月1日', '3月2日', '3月3日'],
    bars: [
      { name: '电话', values: [10, 12, null] },
      { name: '网络', values: [5, 6, 7] },
    ],
    rates: [{ name: '按时办结率', values: [0.9, 0.95, 0.99996] }],
    ranges: [{ label: '节假日', from: '3月2日', to: '3月3日' }],
    labels: { valueAxis: '件', rateAxis: '比率' },
    format: { value: (value) => `${String(value)} 件`, rate: (rate) => `${(rate * 100).toFixed(2)} %` },
    theme,
    ...overrides,
  }
  const option = buildTimeSeriesOption(input)
  const series = option.series as (BarSeriesOption | LineSeriesOption)[]
  const bars = series.filter((item): item is BarSeriesOption => item.type === 'bar')
  const lines = series.filter((item): item is LineSeriesOption => item.type === 'line')
  const yAxes = option.yAxis as Record<string, unknown>[]
  return { input, option, series, bars, lines, yAxes }
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

describe('buildTimeSeriesOption', () => {
  it('puts the categories on a category x-axis, as given', () => {
    const { option } = setup()
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['3月1日', '3月2日', '3月3日'] })
  })

  it('stacks every bar series on the first axis, keeping gaps as null', () => {
    const { bars } = setup()
    expect(bars.map((bar) => [bar.name, bar.stack, bar.yAxisIndex])).toEqual([
      ['电话', barStack, 0],
      ['网络', barStack, 0],
    ])
    expect(bars[0]?.data).toEqual([10, 12, null])
  })

  it('puts rates on a second axis from 0 to 100 %, formatted as percentages', () => {
    const { lines, yAxes } = setup()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ name: '按时办结率', yAxisIndex: 1, data: [0.9, 0.95, 0.99996] })
    expect(yAxes).toHaveLength(2)
    expect(yAxes[1]).toMatchObject({ type: 'value', name: '比率', min: 0, max: 1, position: 'right' })
    const tick = (yAxes[1]?.axisLabel as { formatter: (value: number) => string }).formatter
    expect(tick(0.5)).toBe('50.00 %')
    const tooltipValue = lines[0]?.tooltip?.valueFormatter as (value: unknown) => string
    expect(tooltipValue(0.95)).toBe('95.00 %')
  })

  it('has a single axis when there are no rates', () => {
    const { lines, yAxes } = setup({ rates: [] })
    expect(lines).toHaveLength(0)
    expect(yAxes).toHaveLength(1)
    expect(yAxes[0]).toMatchObject({ name: '件', min: 0 })
  })

  it('takes every colour from the theme', () => {
    const { option, bars, lines, yAxes } = setup()
    expect(option.color).toEqual(theme.palette)
    expect(bars.map((bar) => (bar.itemStyle as { color: string }).color)).toEqual(['#000001', '#000002'])
    // Lines continue the palette after the bars, so no line shares a bar's colour.
    expect(lines[0]?.lineStyle?.color).toBe('#000003')
    expect(option.tooltip).toMatchObject({ backgroundColor: theme.surface, borderColor: theme.border })
    expect(option.textStyle).toMatchObject({ color: theme.text, fontFamily: theme.fontFamily })
    expect(yAxes[0]?.splitLine).toEqual({ lineStyle: { color: theme.grid } })
    expect(option.xAxis).toMatchObject({ axisLabel: { color: theme.axis } })
    // No colour literal of its own: every colour in the option is one of the theme's.
    const themeColours = new Set<string>([
      ...theme.palette,
      theme.grid,
      theme.axis,
      theme.text,
      theme.textMuted,
      theme.surface,
      theme.border,
    ])
    const colours = strings(option).filter(([path]) => /color$/i.test(path))
    expect(colours.length).toBeGreaterThan(5)
    for (const [path, colour] of colours) expect(themeColours, path).toContain(colour)
  })

  it('shades the ranges with a markArea across whole category bands of the first bar series', () => {
    const { bars } = setup({
      ranges: [
        { label: '清明节', from: '3月2日', to: '3月2日' },
        { label: '周末', from: '3月1日', to: '3月3日' },
      ],
    })
    expect(bars[0]?.markArea?.data).toEqual([
      [{ name: '清明节', xAxis: '3月2日' }, { xAxis: '3月2日' }],
      [{ name: '周末', xAxis: '3月1日' }, { xAxis: '3月3日' }],
    ])
    expect(bars[0]?.markArea?.itemStyle?.color).toBe(theme.grid)
    expect(bars[1]?.markArea).toBeUndefined()
  })

  it('shades on the first line when there are no bars, and not at all without ranges', () => {
    expect(setup({ bars: [] }).lines[0]?.markArea?.data).toHaveLength(1)
    expect(setup({ ranges: [] }).series.some((item) => item.markArea !== undefined)).toBe(false)
  })

  it('uses rich-text tooltips with no HTML formatter', () => {
    const { option, series } = setup()
    expect(option.tooltip).toMatchObject({ trigger: 'axis', renderMode: 'richText' })
    expect(option.tooltip).not.toHaveProperty('formatter')
    for (const item of series) expect(item.tooltip).not.toHaveProperty('formatter')
  })

  it('formats missing values as a dash, not as zero', () => {
    const { bars } = setup()
    const format = bars[0]?.tooltip?.valueFormatter as (value: unknown) => string
    expect(format(12)).toBe('12 件')
    expect(format(null)).toBe('—')
    expect(format(undefined)).toBe('—')
  })

  it('keeps a hostile series name as data, never inside markup', () => {
    const { option } = setup({
      bars: [{ name: hostile, values: [1, 2, 3] }],
      rates: [{ name: hostile, values: [0.1, 0.2, 0.3] }],
      ranges: [{ label: hostile, from: '3月1日', to: '3月1日' }],
    })
    const found = strings(option).filter(([, text]) => text.includes('<'))
    // Only where a name is data: the series names and the range label, verbatim.
    expect(found).toEqual([
      ['$.series[0].name', hostile],
      ['$.series[0].markArea.data[0][0].name', hostile],
      ['$.series[1].name', hostile],
    ])
    // And no formatter turns anything into markup.
    for (const [path, formatter] of functions(option)) {
      const output = String(formatter(0.5))
      expect(output, path).not.toMatch(/[<>]/)
    }
  })

  it('adds decal patterns only when asked', () => {
    expect(setup().option.aria).toBeUndefined()
    expect(setup({ patterns: true }).option.aria).toEqual({ enabled: true, decal: { show: true } })
  })

  it('is pure: the same input gives an equal option, and the input is not changed', () => {
    const { input, option } = setup()
    const snapshot = JSON.stringify(input)
    expect(JSON.stringify(buildTimeSeriesOption(input))).toBe(JSON.stringify(option))
    expect(JSON.stringify(input)).toBe(snapshot)
  })

  it('sizes every text, marker and line from one font size when asked (the wall display)', () => {
    const plain = setup()
    expect(JSON.stringify(plain.option)).not.toContain('fontSize')
    const { option, lines, yAxes } = setup({ fontSize: 24 })
    const sizes = (value: unknown): unknown[] =>
      value && typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
            key === 'fontSize' ? [item] : sizes(item),
          )
        : []
    expect(new Set(sizes(option))).toEqual(new Set([24]))
    expect(sizes(option.legend)).toEqual([24, 24])
    expect(sizes(option.xAxis)).toEqual([24])
    for (const axis of yAxes) expect(sizes(axis)).toEqual([24, 24])
    expect(lines[0]?.symbolSize).toBe(14)
    expect(lines[0]?.lineStyle?.width).toBe(4)
  })
})
