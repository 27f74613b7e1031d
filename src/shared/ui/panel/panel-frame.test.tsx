import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query'
import { act, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { server } from '@mocks/node'
import { apiFetch } from '@/shared/api/api-fetch'
import { createI18n } from '@/shared/i18n/i18n'
import type { Locale } from '@/shared/i18n/locales'
import { PanelFrame, type PanelQuery } from './panel-frame'

// A small widget as the pages will write them: a query from the API, drawn in a PanelFrame.
const summarySchema = z.object({ items: z.array(z.object({ channel: z.string(), count: z.number() })) })
type Summary = z.infer<typeof summarySchema>

const summaryQuery = queryOptions({
  queryKey: ['test', 'channel-summary'],
  queryFn: ({ signal }) => apiFetch('/channel-summary', { signal, schema: summarySchema }),
})

const summaryUrl = '*/api/v1/channel-summary'
const someData: Summary = {
  items: [
    { channel: '电话', count: 12 },
    { channel: '网络', count: 7 },
  ],
}

function ChannelPanel({
  title = '渠道受理量',
  render,
  skeleton,
}: {
  title?: string
  render?: (data: Summary) => ReactNode
  skeleton?: ReactNode
}) {
  const query = useQuery(summaryQuery)
  return (
    <PanelFrame title={title} query={query} isEmpty={(data) => data.items.length === 0} skeleton={skeleton}>
      {render ??
        ((data) => (
          <ul>
            {data.items.map((item) => (
              <li key={item.channel}>
                {item.channel}: {item.count}
              </li>
            ))}
          </ul>
        ))}
    </PanelFrame>
  )
}

function setup(ui: ReactNode, locale: Locale = 'zh-CN') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  )
  return { ...view, queryClient, user }
}

const serverError = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: '统计服务暂不可用' },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  )

afterEach(() => {
  vi.useRealTimers()
})

describe('PanelFrame', () => {
  it('shows a skeleton announced as loading while the first fetch runs', async () => {
    let answer: (() => void) | undefined
    server.use(
      http.get(summaryUrl, async () => {
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json(someData)
      }),
    )
    setup(<ChannelPanel />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    expect(panel).toHaveAttribute('aria-busy', 'true')
    expect(within(panel).getByRole('status')).toHaveTextContent('加载中……')
    expect(within(panel).queryByRole('list')).toBeNull()

    // Let it finish inside the test, so no request outlives it.
    await vi.waitFor(() => {
      expect(answer).toBeDefined()
    })
    answer?.()
    expect(await within(panel).findByRole('list')).toBeInTheDocument()
    expect(panel).toHaveAttribute('aria-busy', 'false')
  })

  it('shows a placeholder shaped like the content when given one, still announced as loading', async () => {
    let answer: (() => void) | undefined
    server.use(
      http.get(summaryUrl, async () => {
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json(someData)
      }),
    )
    setup(<ChannelPanel skeleton={<div data-testid="card-shapes" />} />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    expect(within(panel).getByRole('status')).toHaveTextContent('加载中……')
    expect(within(panel).getByTestId('card-shapes')).toBeInTheDocument()

    await vi.waitFor(() => {
      expect(answer).toBeDefined()
    })
    answer?.()
    expect(await within(panel).findByRole('list')).toBeInTheDocument()
    expect(within(panel).queryByTestId('card-shapes')).toBeNull()
  })

  it('draws the data with the render prop, under a heading that names the region', async () => {
    server.use(http.get(summaryUrl, () => HttpResponse.json(someData)))
    setup(<ChannelPanel />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    expect(within(panel).getByRole('heading', { level: 2, name: '渠道受理量' })).toBeInTheDocument()
    expect(await within(panel).findByText('电话: 12')).toBeInTheDocument()
    expect(within(panel).getByText('网络: 7')).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('says there is no data instead of drawing zeros', async () => {
    server.use(http.get(summaryUrl, () => HttpResponse.json({ items: [] })))
    setup(<ChannelPanel />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    expect(await within(panel).findByText('所选范围内暂无数据。')).toBeInTheDocument()
    expect(within(panel).queryByRole('list')).toBeNull()
    expect(panel).not.toHaveTextContent('0')
  })

  it('keeps its notice when the data it follows leaves nothing to show', async () => {
    server.use(http.get(summaryUrl, () => HttpResponse.json(someData)))
    function Closing() {
      const query = useQuery(summaryQuery)
      return (
        <PanelFrame
          title="渠道受理量"
          query={query}
          isEmpty={(data) => data.items.length === 0}
          notice={<p role="status">已结束督办。</p>}
        >
          {(data) => <p>{data.items.length} 项</p>}
        </PanelFrame>
      )
    }
    const { queryClient } = setup(<Closing />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    expect(await within(panel).findByText('2 项')).toBeInTheDocument()
    expect(within(panel).getByRole('status')).toHaveTextContent('已结束督办。')

    server.use(http.get(summaryUrl, () => HttpResponse.json({ items: [] })))
    await act(() => queryClient.refetchQueries())
    expect(await within(panel).findByText('所选范围内暂无数据。')).toBeInTheDocument()
    expect(within(panel).getByRole('status')).toHaveTextContent('已结束督办。')
  })

  it('explains a failed first load and retries it', async () => {
    server.use(http.get(summaryUrl, serverError, { once: true }))
    const { user } = setup(<ChannelPanel />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    const alert = await within(panel).findByRole('alert')
    expect(alert).toHaveTextContent('数据加载失败')
    expect(alert).toHaveTextContent('服务器返回错误 500：统计服务暂不可用')

    server.use(http.get(summaryUrl, () => HttpResponse.json(someData)))
    await user.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByText('电话: 12')).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('keeps the last data on a failed refresh and marks it stale with its China time', async () => {
    // 06:03:05 UTC is 14:03:05 in Beijing; the tests run in New York (TZ), where it is 01:03:05.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-03-14T06:03:05Z'))
    server.use(http.get(summaryUrl, () => HttpResponse.json(someData), { once: true }))
    const { queryClient, user } = setup(<ChannelPanel />)
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    await within(panel).findByText('电话: 12')

    vi.setSystemTime(new Date('2025-03-14T06:03:35Z'))
    server.use(http.get(summaryUrl, serverError))
    await act(() => queryClient.refetchQueries({ queryKey: summaryQuery.queryKey }))

    // Found, not got: the query tells its observers on a zero-delay timer, which a busy machine
    // may run after the act() above has returned.
    expect(await within(panel).findByText(/数据已过期/)).toHaveTextContent(
      '数据已过期 · 显示的是 14:03:05 的数据',
    )
    expect(within(panel).getByText('电话: 12')).toBeInTheDocument()
    expect(within(panel).getByRole('alert')).toHaveTextContent('服务器返回错误 500')

    // Retry from the stale state: the error and the badge go once a fetch succeeds.
    server.use(http.get(summaryUrl, () => HttpResponse.json({ items: [{ channel: '电话', count: 13 }] })))
    await user.click(within(panel).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByText('电话: 13')).toBeInTheDocument()
    expect(within(panel).queryByText(/数据已过期/)).toBeNull()
  })

  it('gives the date too when the stale data is from an earlier China day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // 15:59:59 UTC on 13 March is 23:59:59 on 13 March in Beijing.
    vi.setSystemTime(new Date('2025-03-13T15:59:59Z'))
    server.use(http.get(summaryUrl, () => HttpResponse.json(someData), { once: true }))
    const { queryClient } = setup(<ChannelPanel />, 'en')
    const panel = screen.getByRole('region', { name: '渠道受理量' })
    await within(panel).findByText('电话: 12')

    vi.setSystemTime(new Date('2025-03-13T16:00:10Z')) // 00:00:10 on 14 March in Beijing
    server.use(http.get(summaryUrl, serverError))
    await act(() => queryClient.refetchQueries({ queryKey: summaryQuery.queryKey }))
    expect(await within(panel).findByText(/Stale data/)).toHaveTextContent(
      'Stale data · Showing data from Mar 13, 2025, 23:59',
    )
  })

  it('contains a render error in its panel; the sibling panel still renders', async () => {
    // React reports caught render errors on the console; that is expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    server.use(http.get(summaryUrl, () => HttpResponse.json(someData)))
    let broken = true
    const { user } = setup(
      <>
        <ChannelPanel
          title="出错的面板"
          render={(data) => {
            if (broken) throw new Error('chart exploded')
            return <p>恢复了 {data.items.length}</p>
          }}
        />
        <ChannelPanel title="正常的面板" />
      </>,
    )
    const bad = screen.getByRole('region', { name: '出错的面板' })
    const good = screen.getByRole('region', { name: '正常的面板' })
    expect(await within(bad).findByRole('alert')).toHaveTextContent('此面板显示出错，其他面板不受影响。')
    expect(await within(good).findByText('电话: 12')).toBeInTheDocument()
    expect(consoleError).toHaveBeenCalled()

    // Retry resets the boundary and draws again.
    broken = false
    await user.click(within(bad).getByRole('button', { name: '重试' }))
    expect(await within(bad).findByText('恢复了 2')).toBeInTheDocument()
  })

  it('calls refetch from Retry, and accepts any query-like state', async () => {
    const refetch = vi.fn()
    const query: PanelQuery<string[]> = {
      data: undefined,
      error: new Error('offline'),
      status: 'error',
      isFetching: false,
      dataUpdatedAt: 0,
      refetch,
    }
    const { user } = setup(
      <PanelFrame title="自定义" headingLevel={3} query={query}>
        {(data) => data.join(',')}
      </PanelFrame>,
    )
    expect(screen.getByRole('heading', { level: 3, name: '自定义' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('数据加载失败 offline')
    await user.click(screen.getByRole('button', { name: '重试' }))
    expect(refetch).toHaveBeenCalledTimes(1)
  })
})
