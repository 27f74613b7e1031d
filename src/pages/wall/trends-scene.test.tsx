import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { toChinaIso } from '@mocks/sim/china-time'
import { apiFetch } from '@/shared/api/api-fetch'
import { timeseriesSchema } from '@/shared/api/validators.gen'
import { chinaDay, formatCalendarDay, formatCount, formatRate } from '@/shared/lib/format'
import { renderApp } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { runClockFrom } from '../../../tests/unit/run-clock-from'

const sceneTitle = () => screen.getByRole('heading', { level: 2 })

const serverError = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500 },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  )

type Params = Record<string, string>

/** The parameters of the wall's own requests, read from its cache: the test asks the API the same. */
function paramsOf(queryClient: import('@tanstack/react-query').QueryClient, key: readonly unknown[]) {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: key })
    .map((query) => query.queryKey.at(-1) as Params)
}

interface MixRow {
  key: string
  rank: number
  value: number
}

/** The API's channel breakdown for the period the request asks, with `rows` of it. */
function channelMix(request: Request, rows: (today: boolean) => MixRow[], suppressedRows = 0) {
  const params = new URL(request.url).searchParams
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' }
  const today = period.from === period.to
  return HttpResponse.json({
    asOf: toChinaIso(Date.now()),
    period,
    dimension: 'channel',
    metric: 'received',
    valueKind: 'count',
    comparison: null,
    rows: rows(today),
    suppressedRows: today ? suppressedRows : 0,
  })
}

async function renderTrends() {
  const app = await renderApp('/wall?scenes=trends&interval=300', { signedInAs: 'wall' })
  expect(sceneTitle()).toHaveTextContent('趋势与渠道')
  const chart = await screen.findByRole('img', { name: /近 30 天每日受理量/ }, patiently)
  return { ...app, chart }
}

describe('the trends scene', () => {
  it(
    'shows the last 30 days the API gives, by channel, with the closure rate, as a chart and as text',
    { timeout: 40_000 },
    async () => {
      const { queryClient } = await renderTrends()
      const [receivedParams] = paramsOf(queryClient, ['kpis', 'timeseries']).filter(
        (params) => params.metric === 'received',
      )
      expect(receivedParams).toMatchObject({ interval: 'day', split: 'channel' })
      const { from, to } = receivedParams ?? {}
      const [received, closure] = await Promise.all([
        apiFetch('/kpis/timeseries', { query: { ...receivedParams }, schema: timeseriesSchema }),
        apiFetch('/kpis/timeseries', {
          query: { from, to, interval: 'day', metric: 'closure' },
          schema: timeseriesSchema,
        }),
      ])

      // The text alternative: one row per day, the API's counts in every channel column.
      const table = screen.getByRole('table', { name: /近 30 天每日受理量（按渠道）与按时办结率/ })
      const rows = within(table).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(30)
      const lastDay = received.series[0]?.points.at(-1)?.start ?? ''
      const lastRow = rows.at(-1)!
      // The window ends today: its figures are so far, and the row says so (the day before not).
      expect(lastDay).toBe(chinaDay(Date.parse(received.asOf)))
      expect(within(lastRow).getByRole('rowheader')).toHaveTextContent(
        new RegExp(`^${formatCalendarDay(lastDay, 'zh-CN')}（统计中）$`),
      )
      expect(within(rows.at(-2)!).getByRole('rowheader').textContent).not.toContain('统计中')
      const cells = within(lastRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
      received.series.forEach((series, index) => {
        expect(cells[index]).toBe(formatCount(series.points.at(-1)?.value, 'zh-CN'))
      })

      // The totals above the chart are the API's, summed over the days.
      const sum = (values: (number | null | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0)
      const total = sum(received.series.flatMap((series) => series.points.map((point) => point.value)))
      const onTime = sum(closure.series[0]?.points.map((point) => point.numerator) ?? [])
      const due = sum(closure.series[0]?.points.map((point) => point.denominator) ?? [])
      const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)
      expect(figure('received30')).toHaveTextContent(formatCount(total, 'zh-CN'))
      // The mean of the 29 days that are over: today's count is so far.
      const today = sum(received.series.map((series) => series.points.at(-1)?.value))
      expect(figure('perDay')).toHaveTextContent(formatCount(Math.round((total - today) / 29), 'zh-CN'))
      expect(figure('closure30')).toHaveTextContent(
        formatRate(onTime / due, 'zh-CN', { numerator: onTime, denominator: due }),
      )
    },
  )

  it(
    'shows the channel mix of this year and today, hiding a channel with fewer than 3 items',
    { timeout: 40_000 },
    async () => {
      // Not on 1 January, when this year is today and the two mixes are one request.
      runClockFrom('2026-12-07T10:00:00+08:00')
      server.use(
        http.get('*/api/v1/breakdowns/channel', ({ request }) =>
          channelMix(
            request,
            // Today: the mailbox has 2 items, and the letters were left out by the API.
            (today) =>
              today
                ? [
                    { key: 'hotline12345', rank: 1, value: 12 },
                    { key: 'platform12315', rank: 2, value: 5 },
                    { key: 'directorMailbox', rank: 3, value: 2 },
                  ]
                : [
                    { key: 'platform12315', rank: 1, value: 600 },
                    { key: 'hotline12345', rank: 2, value: 300 },
                    { key: 'directorMailbox', rank: 3, value: 60 },
                    { key: 'callsLetters', rank: 4, value: 40 },
                  ],
            1,
          ),
        ),
      )
      await renderApp('/wall?scenes=trends&interval=300', { signedInAs: 'wall' })
      const mix = await screen.findByRole('table', { name: '各渠道受理量：今日与本年，本年占比' }, patiently)
      const texts = (name: string) =>
        within(within(mix).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
      expect(texts('12315平台')).toEqual(['5', '600', '60.0%'])
      expect(texts('12345热线')).toEqual(['12', '300', '30.0%'])
      expect(texts('局长信箱')).toEqual(['—少于 3 件', '60', '6.0%'])
      expect(texts('来电来函')).toEqual(['—少于 3 件', '40', '4.0%'])
      // Listed in this year's order.
      expect(
        within(mix)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['12315平台', '12345热线', '局长信箱', '来电来函'])
    },
  )

  it(
    'says nothing was received yet this year in the first minutes of 1 January',
    { timeout: 40_000 },
    async () => {
      runClockFrom('2027-01-01T00:00:30+08:00')
      server.use(http.get('*/api/v1/breakdowns/channel', ({ request }) => channelMix(request, () => [])))
      await renderApp('/wall?scenes=trends&interval=300', { signedInAs: 'wall' })
      const mix = screen.getByRole('region', { name: '受理渠道' })
      expect(await within(mix).findByText('本年尚无受理', {}, patiently)).toBeVisible()
      expect(within(mix).queryByText('正在加载…')).toBeNull()
    },
  )

  it('keeps its last figures when a refresh fails', { timeout: 40_000 }, async () => {
    const { queryClient } = await renderTrends()
    const table = screen.getByRole('table', { name: /近 30 天每日受理量（按渠道）与按时办结率/ })
    const before = table.textContent
    const totals = document.querySelector('[data-figure="received30"]')?.textContent
    server.use(
      http.get('*/api/v1/kpis/timeseries', serverError),
      http.get('*/api/v1/breakdowns/channel', serverError),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['kpis'] }))
    await waitFor(() =>
      expect(queryClient.getQueryCache().findAll({ queryKey: ['kpis', 'timeseries'] })[0]?.state.status).toBe(
        'error',
      ),
    )
    expect(sceneTitle()).toHaveTextContent('趋势与渠道')
    expect(screen.getByRole('table', { name: /近 30 天每日受理量（按渠道）与按时办结率/ }).textContent).toBe(
      before,
    )
    expect(document.querySelector('[data-figure="received30"]')?.textContent).toBe(totals)
    expect(screen.getByRole('img', { name: /近 30 天每日受理量/ })).toBeInTheDocument()
  })

  it('is skipped when its data failed with nothing to show', async () => {
    server.use(
      http.get('*/api/v1/kpis/timeseries', serverError),
      http.get('*/api/v1/breakdowns/channel', serverError),
    )
    await renderApp('/wall?scenes=trends,headline&interval=300', { signedInAs: 'wall' })
    await waitFor(() => expect(sceneTitle()).toHaveTextContent('关键指标'), patiently)
    expect(screen.getByText('第 2 / 2 屏：关键指标')).toBeInTheDocument()
  })
})
