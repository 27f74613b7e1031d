import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { formatCount, formatMoneyFen, formatRate } from '@/shared/lib/format'
import { renderApp } from '../../../tests/unit/render-app'

interface Summary {
  received: { total: number; complaints: number; reports: number; consultations: number }
  initialCheck: { rate: number | null; onTime: number; due: number }
  closure: { rate: number | null; onTime: number; due: number }
  recoveredFen: number
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const sceneTitle = () => screen.getByRole('heading', { level: 2 })

describe('the wall display', () => {
  it('shows the key figures the API gives, today and this year', async () => {
    const { queryClient } = await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('督办 · 大屏')
    expect(sceneTitle()).toHaveTextContent('关键指标')
    const year = await screen.findByRole('region', { name: '本年' })
    await waitFor(() => expect(within(year).queryAllByText('—')).toHaveLength(0))

    // The requests the wall made, asked again here: its figures are the API's.
    const summaries = queryClient.getQueryCache().findAll({ queryKey: ['kpis', 'summary'] })
    const params = summaries.map((query) => query.queryKey[2] as { from: string; to: string })
    const yearParams = params.find((p) => p.from !== p.to) ?? params[0]
    expect(yearParams).toBeDefined()
    const api = await fetchJson<Summary>(`/kpis/summary?from=${yearParams?.from}&to=${yearParams?.to}`)

    const figure = (name: string) => year.querySelector(`[data-figure="${name}"]`)
    expect(figure('received')).toHaveTextContent(formatCount(api.received.total, 'zh-CN'))
    expect(figure('received')).toHaveTextContent(
      `投诉 ${formatCount(api.received.complaints, 'zh-CN')} · 举报 ${formatCount(api.received.reports, 'zh-CN')}`,
    )
    expect(figure('initialCheck')).toHaveTextContent(
      formatRate(api.initialCheck.rate, 'zh-CN', {
        numerator: api.initialCheck.onTime,
        denominator: api.initialCheck.due,
      }),
    )
    expect(figure('closure')).toHaveTextContent(
      formatRate(api.closure.rate, 'zh-CN', { numerator: api.closure.onTime, denominator: api.closure.due }),
    )
    expect(figure('recovered')).toHaveTextContent(formatMoneyFen(api.recoveredFen, 'zh-CN'))

    const timely = screen.getByRole('region', { name: '六个及时（本年）' })
    expect(within(timely).getAllByRole('listitem')).toHaveLength(6)
  })

  it('takes its scenes from the link', async () => {
    await renderApp('/wall?scenes=ticker,nonsense&interval=300', { signedInAs: 'wall' })
    expect(sceneTitle()).toHaveTextContent('最新工单')
    expect(screen.getByText('第 1 / 1 屏：最新工单')).toBeInTheDocument()
    const table = await screen.findByRole('table')
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1)
    expect(table.textContent).not.toMatch(/1[3-9]\d{9}/)
  })

  it('steps, pauses and resumes from the keyboard, and says so politely', async () => {
    const { user } = await renderApp('/wall?scenes=headline,ticker&interval=300', { signedInAs: 'wall' })
    expect(sceneTitle()).toHaveTextContent('关键指标')
    await user.keyboard('{ArrowRight}')
    expect(sceneTitle()).toHaveTextContent('最新工单')
    await user.keyboard('{ArrowRight}')
    expect(sceneTitle()).toHaveTextContent('关键指标')
    await user.keyboard('{ArrowLeft}')
    expect(sceneTitle()).toHaveTextContent('最新工单')
    expect(screen.getByText('正在显示：最新工单')).toBeInTheDocument()
    await user.keyboard(' ')
    expect(screen.getByText('已暂停')).toBeInTheDocument()
    expect(screen.getByText('轮播已暂停')).toBeInTheDocument()
    await user.keyboard(' ')
    expect(screen.queryByText('已暂停')).not.toBeInTheDocument()
  })

  it('moves on by itself when the interval is up', async () => {
    await renderApp('/wall?interval=5', { signedInAs: 'wall' })
    expect(sceneTitle()).toHaveTextContent('关键指标')
    // The default order: the trends come second. The 5 s count restarts when a scene's data
    // settles whether it is shown, which on a busy machine (the full suite) comes a few seconds
    // late: the wait allows for that, and no key is pressed.
    await waitFor(() => expect(sceneTitle()).toHaveTextContent('趋势与渠道'), { timeout: 15_000 })
  }, 20_000)

  it('skips a scene whose data failed with nothing to show, and keeps the others going', async () => {
    server.use(
      http.get('*/api/v1/ticker', () =>
        HttpResponse.json({ type: 'about:blank', status: 500 }, { status: 500 }),
      ),
    )
    const { user } = await renderApp('/wall?scenes=ticker,headline&interval=300', { signedInAs: 'wall' })
    // The ticker comes first, fails, and is left at once for the headline.
    await waitFor(() => expect(sceneTitle()).toHaveTextContent('关键指标'))
    await user.keyboard('{ArrowRight}')
    expect(sceneTitle()).toHaveTextContent('关键指标')
    await user.keyboard('{ArrowLeft}')
    expect(sceneTitle()).toHaveTextContent('关键指标')
    expect(screen.getByText('第 2 / 2 屏：关键指标')).toBeInTheDocument()
  })
})
