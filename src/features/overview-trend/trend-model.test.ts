// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { components } from '@/shared/api/schema.gen'
import { buildTrendModel, holidayRuns, isEmptyTrend, rowHasHoliday, type TrendSeries } from './trend-model'

type Timeseries = components['schemas']['Timeseries']
type Point = Timeseries['series'][number]['points'][number]

function series(metric: Timeseries['metric'], entries: [string, Point[]][]): Timeseries {
  return {
    asOf: '2026-10-03T12:00:00+08:00',
    period: { from: '2026-10-01', to: '2026-10-03' },
    metric,
    valueKind: metric === 'received' ? 'count' : 'rate',
    interval: 'day',
    split: metric === 'received' ? 'channel' : null,
    series: entries.map(([key, points]) => ({ key, points })),
  }
}

const day = (start: string, value: number | null, counts?: [number, number]): Point => ({
  start,
  end: start,
  value,
  ...(counts ? { numerator: counts[0], denominator: counts[1] } : {}),
})

const input: TrendSeries = {
  received: series('received', [
    ['hotline12345', [day('2026-10-01', 5), day('2026-10-02', 0), day('2026-10-03', 7)]],
    ['platform12315', [day('2026-10-01', 2), day('2026-10-03', 1)]],
  ]),
  initialCheck: series('initialCheck', [
    [
      'total',
      [day('2026-10-01', 0.5, [1, 2]), day('2026-10-02', null, [0, 0]), day('2026-10-03', 1, [3, 3])],
    ],
  ]),
  closure: series('closure', [['total', [day('2026-10-03', 0.75, [3, 4]), day('2026-10-01', null, [0, 0])]]]),
}

describe('buildTrendModel', () => {
  it('makes one row per bucket, in day order, with the channels in the API order', () => {
    const model = buildTrendModel(input)
    expect(model.channels).toEqual(['hotline12345', 'platform12315'])
    expect(model.rows.map((row) => row.start)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03'])
    expect(model.rows[0]).toEqual({
      start: '2026-10-01',
      end: '2026-10-01',
      counts: [5, 2],
      total: 7,
      initialCheck: { value: 0.5, numerator: 1, denominator: 2 },
      closure: { value: null, numerator: 0, denominator: 0 },
      running: false,
    })
  })

  it('marks the bucket that holds today as running: its figures are so far', () => {
    const running = (today?: string) => buildTrendModel(input, { today }).rows.map((row) => row.running)
    expect(running('2026-10-03')).toEqual([false, false, true])
    // A day outside the buckets (an ended period), or no day known yet: nothing runs.
    expect(running('2026-10-04')).toEqual([false, false, false])
    expect(running()).toEqual([false, false, false])
    // A week or a month runs while any of its days is today.
    const week = buildTrendModel(
      {
        received: series('received', [
          ['hotline12345', [{ start: '2026-09-28', end: '2026-10-04', value: 9 }]],
        ]),
        initialCheck: series('initialCheck', []),
        closure: series('closure', []),
      },
      { today: '2026-10-01' },
    )
    expect(week.rows.map((row) => row.running)).toEqual([true])
  })

  it('matches buckets by start day: a missing point is a gap, not a shift', () => {
    const [, second, third] = buildTrendModel(input).rows
    expect(second?.counts).toEqual([0, null])
    expect(second?.total).toBe(0)
    expect(second?.closure).toEqual({ value: null, numerator: null, denominator: null })
    expect(third?.counts).toEqual([7, 1])
    expect(third?.closure).toEqual({ value: 0.75, numerator: 3, denominator: 4 })
  })

  it('keeps only the filtered channel when there is a channel filter', () => {
    const model = buildTrendModel(input, { onlyChannel: 'platform12315' })
    expect(model.channels).toEqual(['platform12315'])
    expect(model.rows.map((row) => row.total)).toEqual([2, null, 1])
  })
})

describe('isEmptyTrend', () => {
  it('is empty only when nothing was received and nothing fell due', () => {
    expect(isEmptyTrend(buildTrendModel(input))).toBe(false)
    const zeros: TrendSeries = {
      received: series('received', [['hotline12345', [day('2026-10-01', 0)]]]),
      initialCheck: series('initialCheck', [['total', [day('2026-10-01', null, [0, 0])]]]),
      closure: series('closure', [['total', [day('2026-10-01', null, [0, 0])]]]),
    }
    expect(isEmptyTrend(buildTrendModel(zeros))).toBe(true)
    const dueOnly: TrendSeries = {
      ...zeros,
      closure: series('closure', [['total', [day('2026-10-01', 0, [0, 3])]]]),
    }
    expect(isEmptyTrend(buildTrendModel(dueOnly))).toBe(false)
  })
})

describe('holidays', () => {
  const weeks = [
    { start: '2026-09-28', end: '2026-10-04' },
    { start: '2026-10-05', end: '2026-10-11' },
    { start: '2026-10-12', end: '2026-10-18' },
    { start: '2026-10-19', end: '2026-10-25' },
  ]
  const holidays = new Set(['2026-10-01', '2026-10-07', '2026-10-20'])

  it('tells whether a bucket holds a holiday, both ends included', () => {
    expect(weeks.map((week) => rowHasHoliday(week, holidays))).toEqual([true, true, false, true])
    expect(rowHasHoliday({ start: '2026-10-07', end: '2026-10-07' }, holidays)).toBe(true)
  })

  it('merges consecutive holiday buckets into runs', () => {
    const rows = buildTrendModel(input).rows.map((row, index) => ({ ...row, ...weeks[index] }))
    expect(holidayRuns(rows, holidays)).toEqual([[0, 1]])
    const all = weeks.map((week) => ({
      ...week,
      counts: [],
      total: null,
      initialCheck: none,
      closure: none,
      running: false,
    }))
    expect(holidayRuns(all, holidays)).toEqual([
      [0, 1],
      [3, 3],
    ])
    expect(holidayRuns(all, new Set())).toEqual([])
  })
})

const none = { value: null, numerator: null, denominator: null }
