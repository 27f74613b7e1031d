// @vitest-environment node
import type { LineSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import type { TrendModel, TrendRow } from '@/features/overview-trend/trend-model'
import { buildWallTrendOption, trendTotals } from './wall-trend-option'

const none = { value: null, numerator: null, denominator: null }
const row = (start: string, counts: (number | null)[], closure: [number, number] | null): TrendRow => ({
  start,
  end: start,
  running: false,
  counts,
  total: counts.every((count) => count === null) ? null : counts.reduce<number>((a, b) => a + (b ?? 0), 0),
  initialCheck: none,
  closure: closure
    ? {
        value: closure[1] === 0 ? null : closure[0] / closure[1],
        numerator: closure[0],
        denominator: closure[1],
      }
    : none,
})

const model: TrendModel = {
  channels: ['hotline12345', 'platform12315'],
  rows: [
    row('2026-10-01', [3, 4], [0, 0]),
    row('2026-10-02', [5, null], [9, 10]),
    row('2026-10-03', [null, null], null),
    row('2026-10-04', [1, 2], [18, 20]),
  ],
}

describe('trendTotals', () => {
  it('sums the days: what came in, and the closure rate over every day that had items due', () => {
    expect(trendTotals(model)).toEqual({
      received: 15,
      perDay: 15 / 3,
      closure: { value: 27 / 30, numerator: 27, denominator: 30 },
    })
    // Today's count is so far: in the total, not in the mean of the days that are over.
    const todayRunning = {
      ...model,
      rows: model.rows.map((item, index) => ({ ...item, running: index === 3 })),
    }
    expect(trendTotals(todayRunning)).toMatchObject({ received: 15, perDay: 12 / 2 })
  })

  it('has no figures for days without any', () => {
    expect(trendTotals({ channels: [], rows: [row('2026-10-03', [null], null)] })).toEqual({
      received: null,
      perDay: null,
      closure: none,
    })
  })
})

describe('buildWallTrendOption', () => {
  const option = buildWallTrendOption({
    model,
    categories: ['10/1', '10/2', '10/3', '10/4'],
    channelNames: ['12345热线', '12315平台'],
    names: { closure: '按时办结率', holiday: '法定节假日', running: '统计中', valueAxis: '件' },
    holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03']),
    format: { count: String, rate: (rate) => `${String(Math.round(rate * 100))}%` },
    fontSize: 20,
  })
  const series = option.series as { type: string; name: string; data: unknown[]; markArea?: unknown }[]

  it('stacks the channels and draws the closure rate, without tooltip or animation', () => {
    expect(series.map((item) => [item.type, item.name])).toEqual([
      ['bar', '12345热线'],
      ['bar', '12315平台'],
      ['line', '按时办结率'],
    ])
    expect(series[2]?.data).toEqual([null, 0.9, null, 0.9])
    expect((series[2] as LineSeriesOption).yAxisIndex).toBe(1)
    expect(option.tooltip).toBeUndefined()
    expect(option.animation).toBe(false)
  })

  it('shades a run of holidays once', () => {
    expect(series[0]?.markArea).toMatchObject({
      data: [[{ name: '法定节假日', xAxis: '10/1' }, { xAxis: '10/3' }]],
    })
  })

  it("marks today's bar as so far, below a holiday's name", () => {
    const today = buildWallTrendOption({
      model: { ...model, rows: model.rows.map((item, index) => ({ ...item, running: index === 3 })) },
      categories: ['10/1', '10/2', '10/3', '10/4'],
      channelNames: ['12345热线', '12315平台'],
      names: { closure: '按时办结率', holiday: '法定节假日', running: '统计中', valueAxis: '件' },
      holidays: new Set(['2026-10-04']),
      format: { count: String, rate: String },
      fontSize: 20,
    })
    const [bars] = today.series as { markArea?: { data: unknown[] } }[]
    expect(bars?.markArea?.data).toEqual([
      [{ name: '法定节假日', xAxis: '10/4' }, { xAxis: '10/4' }],
      // 14 px a line at 12 px text, scaled to the wall's 20 px.
      [{ name: '统计中', xAxis: '10/4', label: { offset: [0, 14 * (20 / 12)] } }, { xAxis: '10/4' }],
    ])
  })
})
