import { apiState } from '@mocks/handlers'
import { server } from '@mocks/node'
import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { lastCompletePeriod } from '@/entities/report/model/report-period'
import { reportFigures, type Report } from '@/entities/report/model/report-figures'
import { chinaDay, formatCount, formatRate } from '@/shared/lib/format'

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const problem = (status: number, type: string) =>
  HttpResponse.json(
    { type: `https://duban.example/problems/${type}`, title: 'For developers', status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

const sectionHeadings = [
  '主要数据',
  '六个及时',
  '渠道与类型构成',
  '主要类别及变化',
  '区县与承办单位',
  '挽回经济损失',
  '诉转案',
  '热点及处置',
  '分析摘要',
  '发布情况',
]

const yesterday = () => lastCompletePeriod('daily', chinaDay(Date.now()))

beforeEach(() => apiState.deskRecords.clear())

describe('the reports page', { timeout: 40_000 }, () => {
  it("opens last month's analysis with the API's figures, every section, and a summary citing them", async () => {
    await signInAs('director')
    const period = lastCompletePeriod('monthly', chinaDay(Date.now()))
    const report = await api<Report>(`/reports/monthly/${period}`)
    await renderApp('/reports')
    await screen.findByRole('heading', { level: 2, name: /^月分析 · / }, patiently)
    for (const name of sectionHeadings)
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument()
    const figure = (id: string) => document.getElementById(`fig-${id}`)
    expect(figure('received-total')).toHaveTextContent(formatCount(report.summary.received.total, 'zh-CN'))
    expect(figure('closure-rate')).toHaveTextContent(
      formatRate(report.summary.closure.rate, 'zh-CN', {
        numerator: report.summary.closure.onTime,
        denominator: report.summary.closure.due,
      }),
    )
    const top = report.topCategories[0]
    if (top) expect(figure(`category-${top.key}`)).toHaveTextContent(formatCount(top.value, 'zh-CN'))
    // Every figure the summary may cite is anchored on the page under its id.
    for (const { id } of reportFigures(report).filter((f) => !f.id.startsWith('hotspot-')))
      expect(figure(id), id).not.toBeNull()
    // Every citation in the summary points at a figure on the page.
    const summary = screen.getByRole('region', { name: '分析摘要' })
    const cites = within(summary).getAllByRole('link', { name: /^引用：/ })
    expect(cites.length).toBeGreaterThan(3)
    for (const cite of cites) {
      const id = cite.getAttribute('href')?.slice(1) ?? ''
      expect(document.getElementById(id), id).not.toBeNull()
    }
    expect(within(summary).getByText(/^本期共受理/)).toHaveTextContent(
      formatCount(report.summary.received.total, 'zh-CN'),
    )
    expect(within(summary).getByText(/items were received/)).toBeInTheDocument()
  })

  it('keeps the report it opened with when a new month begins under the reader', async () => {
    // 23:59:30 on 30 November: October is the latest complete month, until midnight.
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval'],
      shouldAdvanceTime: true,
      now: Date.parse('2026-11-30T23:59:30+08:00'),
    })
    onTestFinished(() => {
      vi.useRealTimers()
    })
    await renderApp('/reports?type=monthly', { signedInAs: 'director' })
    const heading = await screen.findByRole('heading', { level: 2, name: /^月分析 · / }, patiently)
    expect(heading).toHaveTextContent('2026年10月')
    // The page reads the China day again each minute.
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(chinaDay(Date.now())).toBe('2026-12-01')
    expect(screen.getByRole('heading', { level: 2, name: /^月分析 · / })).toHaveTextContent('2026年10月')
  })

  it("publishes yesterday's daily summary once, and shows who and when", async () => {
    await signInAs('director')
    const keys: string[] = []
    server.use(
      http.post('*/api/v1/reports/:type/:period/publish', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '')
      }),
    )
    const { user } = await renderApp(`/reports?type=daily&period=${yesterday()}`)
    const publication = await screen.findByRole('region', { name: '发布情况' }, patiently)
    await waitFor(() => expect(within(publication).getByText('待发布')).toBeInTheDocument(), patiently)
    await user.click(within(publication).getByRole('button', { name: '发布本期报告' }))
    await within(publication).findByRole('status', {}, patiently)
    expect(within(publication).getByRole('status')).toHaveTextContent(/^已发布.*的报告。$/)
    await waitFor(
      () => expect(within(publication).getAllByText('已发布').length).toBeGreaterThan(0),
      patiently,
    )
    expect(within(publication).getByText('王建国')).toBeInTheDocument()
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatch(/\S{8,}/)
  })

  it('says so when the API refuses to publish (409) and keeps the page', async () => {
    await signInAs('director')
    server.use(http.post('*/api/v1/reports/:type/:period/publish', () => problem(409, 'state-conflict')))
    const { user } = await renderApp(`/reports?type=daily&period=${yesterday()}`)
    const publication = await screen.findByRole('region', { name: '发布情况' }, patiently)
    await user.click(await within(publication).findByRole('button', { name: '发布本期报告' }, patiently))
    expect(await within(publication).findByRole('alert', {}, patiently)).toHaveTextContent(
      '未发布：该报告已发布或本期尚未结束。',
    )
    expect(screen.getByRole('heading', { level: 3, name: '主要数据' })).toBeInTheDocument()
  })

  it('offers staff no publishing', async () => {
    await renderApp(`/reports?type=daily&period=${yesterday()}`, { signedInAs: 'staff' })
    const publication = await screen.findByRole('region', { name: '发布情况' }, patiently)
    await within(publication).findByText('只有局长可以发布报告。', {}, patiently)
    expect(within(publication).queryByRole('button', { name: '发布本期报告' })).toBeNull()
  })

  it('names the section whose data failed and keeps the others', async () => {
    await signInAs('director')
    server.use(
      http.get('*/api/v1/reports/:type', () => problem(500, 'internal')),
      http.get('*/api/v1/units', () => problem(500, 'internal')),
    )
    await renderApp('/reports?type=quarterly')
    const publication = await screen.findByRole('region', { name: '发布情况' }, patiently)
    expect(await within(publication).findByRole('alert', {}, patiently)).toHaveTextContent(
      '近期发布情况加载失败',
    )
    // The rest is there: the figures, the rankings (unit codes standing in for the names).
    expect(document.getElementById('fig-received-total')?.textContent).toMatch(/\d/)
    expect(screen.getByRole('heading', { level: 3, name: '区县与承办单位' })).toBeInTheDocument()
  })

  it('says plainly that a future period has no report yet, and that a bad link was replaced', async () => {
    await signInAs('director')
    await renderApp('/reports?type=monthly&period=2099-01')
    expect(
      await screen.findByText('2099年1月尚未开始，还没有这一期的报告。', {}, patiently),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('replaces a period written wrongly with the latest one, saying so', async () => {
    await signInAs('director')
    await renderApp('/reports?type=quarterly&period=2026-13')
    expect(await screen.findByText(/链接中的报告期“2026-13”无效/, {}, patiently)).toBeInTheDocument()
    await screen.findByRole('heading', { level: 2, name: /^季报告 · / }, patiently)
  })
})
