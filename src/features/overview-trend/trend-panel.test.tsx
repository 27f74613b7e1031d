import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { apiFetch } from '@/shared/api/api-fetch'
import { calendarYearSchema, eventListSchema, timeseriesSchema } from '@/shared/api/validators.gen'
import { createI18n } from '@/shared/i18n/i18n'
import { chinaDay, formatCalendarDay, formatCount, formatRate } from '@/shared/lib/format'
import { TrendPanel } from './trend-panel'

beforeEach(() => signInAs('director'))

function renderPanel(filters: KpiFilters) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <I18nextProvider i18n={createI18n('zh-CN')}>
      <QueryClientProvider client={queryClient}>
        <TrendPanel filters={filters} compare="previous" />
      </QueryClientProvider>
    </I18nextProvider>,
  )
  return Object.assign(screen.getByRole('region', { name: '走势' }), { queryClient })
}

/** What the API answers for the same request, fetched by the test itself. */
function series(params: Record<string, string>) {
  return apiFetch('/kpis/timeseries', { query: params, schema: timeseriesSchema })
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}

/** The rate cell as the panel writes it: the rate with numerator/denominator. */
function rateText(point: { value: number | null; numerator?: number; denominator?: number }): string {
  if (point.value === null) return '—（无到期）'
  return `${formatRate(point.value, 'zh-CN', point)}（${formatCount(point.numerator, 'zh-CN')}/${formatCount(point.denominator, 'zh-CN')}）`
}

const serverError = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: '统计服务暂不可用' },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  )

describe('TrendPanel', () => {
  it('marks today as so far, in the text alternative too', { timeout: 40_000 }, async () => {
    const today = chinaDay(Date.now())
    const panel = renderPanel({ from: today, to: today })
    const table = await within(panel).findByRole('table', {}, patiently)
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent)
    expect(rows).toHaveLength(14)
    expect(rows.at(-1)).toBe(`${formatCalendarDay(today, 'zh-CN')}（统计中）`)
    expect(rows.filter((text) => text.includes('统计中'))).toHaveLength(1)
  })

  it(
    'lists the API figures by day, by channel, with both rates and the holidays',
    { timeout: 40_000 },
    async () => {
      const filters = { from: '2026-10-01', to: '2026-10-31', district: '371102' } as const
      const panel = renderPanel(filters)
      expect(within(panel).getByText('按日')).toBeInTheDocument()
      const table = await within(panel).findByRole('table', {}, patiently)
      expect(
        within(panel).getByRole('img', { name: '受理量（按渠道堆叠）与按时率走势图' }),
      ).toBeInTheDocument()

      const base = { ...filters, interval: 'day' }
      const [received, initialCheck, closure, calendar] = await Promise.all([
        series({ ...base, metric: 'received', split: 'channel' }),
        series({ ...base, metric: 'initialCheck' }),
        series({ ...base, metric: 'closure' }),
        apiFetch('/calendar/2026', { schema: calendarYearSchema }),
      ])

      const headers = within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent)
      expect(headers).toEqual([
        '时段',
        '12345热线',
        '12315平台',
        '局长信箱',
        '来电来函',
        '合计',
        '投诉按时初查率',
        '按时办结率',
        '节假日',
        '事件',
      ])
      expect(received.series.map((item) => item.key)).toEqual([
        'hotline12345',
        'platform12315',
        'directorMailbox',
        'callsLetters',
      ])

      const rows = within(table).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(31)
      const someReceived = received.series.some((item) => item.points.some((point) => (point.value ?? 0) > 0))
      expect(someReceived).toBe(true)
      rows.forEach((row, index) => {
        const day = received.series[0]?.points[index]?.start ?? ''
        expect(within(row).getByRole('rowheader')).toHaveTextContent(formatCalendarDay(day, 'zh-CN'))
        const counts = received.series.map((item) => item.points[index]?.value ?? null)
        const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0)
        const initial = initialCheck.series[0]?.points[index]
        const closed = closure.series[0]?.points[index]
        expect(initial?.start).toBe(day)
        expect(closed?.start).toBe(day)
        expect(cellTexts(row)).toEqual([
          ...counts.map((count) => formatCount(count, 'zh-CN')),
          formatCount(total, 'zh-CN'),
          rateText(initial!),
          rateText(closed!),
          calendar.holidays.includes(day) ? '是' : '否',
          // No 3·15, shopping festival or beach season in October.
          '无',
        ])
      })
      // National Day is a holiday in 2026, the 12th of October is not.
      expect(cellTexts(rows[0]!).at(-2)).toBe('是')
      expect(cellTexts(rows[11]!).at(-2)).toBe('否')
    },
  )

  it('names the events of the calendar on their days and weeks', { timeout: 40_000 }, async () => {
    const panel = renderPanel({ from: '2026-11-01', to: '2026-11-30' })
    const table = await within(panel).findByRole('table', {}, patiently)
    const events = await apiFetch('/events', {
      query: { from: '2026-11-01', to: '2026-11-30' },
      schema: eventListSchema,
    })
    expect(events.items.map((event) => event.code)).toEqual(['double11'])
    const rows = within(table).getAllByRole('row').slice(1)
    // The events arrive after the figures: wait for the 11th's cell.
    await within(rows[10]!).findByText('双11', {}, patiently)
    expect(cellTexts(rows[10]!).at(-1)).toBe('双11')
    expect(cellTexts(rows[9]!).at(-1)).toBe('无')
  })

  it('marks the beach season on the weeks of a summer quarter', { timeout: 40_000 }, async () => {
    const panel = renderPanel({ from: '2026-07-01', to: '2026-09-30' })
    const table = await within(panel).findByRole('table', {}, patiently)
    const rows = within(table).getAllByRole('row').slice(1)
    await within(rows[0]!).findByText('海滨旅游旺季', {}, patiently)
    // The week of 31 August – 6 September still touches the season; the one after does not.
    const byWeek = rows.map((row) => [within(row).getByRole('rowheader').textContent, cellTexts(row).at(-1)])
    expect(byWeek.find(([week]) => week?.startsWith('2026年8月31日'))?.[1]).toBe('海滨旅游旺季')
    expect(byWeek.find(([week]) => week?.startsWith('2026年9月7日'))?.[1]).toBe('无')
  })

  it('shows the last 14 days for a one-day period, and says so', { timeout: 40_000 }, async () => {
    const panel = renderPanel({ from: '2026-11-20', to: '2026-11-20' })
    expect(within(panel).getByText('近14天 · 按日')).toBeInTheDocument()
    const table = await within(panel).findByRole('table', {}, patiently)
    const received = await series({
      from: '2026-11-07',
      to: '2026-11-20',
      interval: 'day',
      metric: 'received',
      split: 'channel',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(14)
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2026年11月7日')
    expect(within(rows[13]!).getByRole('rowheader')).toHaveTextContent('2026年11月20日')
    rows.forEach((row, index) => {
      const counts = received.series.map((item) => formatCount(item.points[index]?.value, 'zh-CN'))
      expect(cellTexts(row).slice(0, counts.length)).toEqual(counts)
    })
  })

  it('draws weeks for a quarter, with exact week days', { timeout: 40_000 }, async () => {
    const panel = renderPanel({ from: '2026-07-01', to: '2026-09-30' })
    expect(within(panel).getByText('按周')).toBeInTheDocument()
    const table = await within(panel).findByRole('table', {}, patiently)
    const rows = within(table).getAllByRole('row').slice(1)
    // 1 July 2026 is a Wednesday: the first week is clipped to the period.
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2026年7月1日 – 2026年7月5日')
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2026年7月6日 – 2026年7月12日')
  })

  it("shows the panel's error when one of the series fails", { timeout: 40_000 }, async () => {
    server.use(
      http.get('*/api/v1/kpis/timeseries', ({ request }) =>
        new URL(request.url).searchParams.get('metric') === 'closure' ? serverError() : undefined,
      ),
    )
    const panel = renderPanel({ from: '2026-10-01', to: '2026-10-31' })
    const alert = await within(panel).findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('数据加载失败')
    expect(alert).toHaveTextContent('服务器返回错误 500：统计服务暂不可用')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument()
    expect(within(panel).queryByRole('table')).toBeNull()
  })

  it(
    'keeps the last figures, marked stale, when one series fails on refresh',
    { timeout: 40_000 },
    async () => {
      const panel = renderPanel({ from: '2026-10-01', to: '2026-10-07' })
      const table = await within(panel).findByRole('table', {}, patiently)
      const before = table.textContent

      server.use(
        http.get('*/api/v1/kpis/timeseries', ({ request }) =>
          new URL(request.url).searchParams.get('metric') === 'initialCheck' ? serverError() : undefined,
        ),
      )
      await act(() => panel.queryClient.refetchQueries())
      // The failure shows once the panel has drawn the refetch's outcome (not within the act on a busy machine).
      expect(await within(panel).findByRole('alert', {}, patiently)).toHaveTextContent('服务器返回错误 500')
      expect(await within(panel).findByText(/数据已过期/, {}, patiently)).toBeInTheDocument()
      expect(within(panel).getByRole('table').textContent).toBe(before)
    },
  )

  it('says there is no data when every bucket is zero', async () => {
    server.use(
      http.get('*/api/v1/kpis/timeseries', ({ request }) => {
        const params = new URL(request.url).searchParams
        const metric = params.get('metric') ?? 'received'
        const split = params.get('split')
        const point = (start: string) => ({
          start,
          end: start,
          value: metric === 'received' ? 0 : null,
          ...(metric === 'received' ? {} : { numerator: 0, denominator: 0 }),
        })
        const keys = split === 'channel' ? ['hotline12345', 'platform12315'] : ['total']
        return HttpResponse.json({
          asOf: '2026-10-03T12:00:00+08:00',
          period: { from: '2026-10-01', to: '2026-10-02' },
          metric,
          valueKind: metric === 'received' ? 'count' : 'rate',
          interval: 'day',
          split: split === 'channel' ? 'channel' : null,
          series: keys.map((key) => ({ key, points: [point('2026-10-01'), point('2026-10-02')] })),
        })
      }),
    )
    const panel = renderPanel({ from: '2026-10-01', to: '2026-10-02' })
    expect(await within(panel).findByText('所选范围内暂无数据。', {}, patiently)).toBeInTheDocument()
    expect(within(panel).queryByRole('table')).toBeNull()
  })
})
