import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { createI18n } from '@/shared/i18n/i18n'
import { CardSparkline } from './card-sparkline'

beforeEach(() => signInAs('director'))

const i18n = createI18n('zh-CN')

/** One day as the Overview's "today" filters it: the line shows the 14 days up to it. */
const day = (date: string): KpiFilters => ({ from: date, to: date })

function renderLine(filters: KpiFilters, carryScope: string | undefined) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrap = (node: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
    </I18nextProvider>
  )
  const line = (next: KpiFilters) => (
    <CardSparkline title="受理量" metric="received" filters={next} carryScope={carryScope} />
  )
  const view = render(wrap(line(filters)))
  return { dayTurns: (next: KpiFilters) => view.rerender(wrap(line(next))) }
}

/** From now on the series fails; returns how many requests it has failed so far. */
function failingSeries(): () => number {
  let failed = 0
  server.use(
    http.get('*/api/v1/kpis/timeseries', () => {
      failed += 1
      return HttpResponse.json(
        { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: '统计服务暂不可用' },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      )
    }),
  )
  return () => failed
}

const drawnLine = (name: string) => screen.getByRole('img', { name }).querySelector('path')

describe('CardSparkline', () => {
  it('keeps the last day’s line, named for its own days, when the new day’s series fails', async () => {
    const { dayTurns } = renderLine(day('2026-10-20'), '{}')
    const yesterday = '受理量：10月7日 至 10月20日 的走势'
    await screen.findByRole('img', { name: yesterday }, patiently)
    expect(drawnLine(yesterday)).not.toBeNull()

    const failed = failingSeries()
    dayTurns(day('2026-10-21'))
    await waitFor(() => expect(failed()).toBe(1))
    // Past the failure's render too.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(drawnLine(yesterday)).not.toBeNull()
    expect(screen.queryByRole('img', { name: '受理量：暂无走势数据' })).toBeNull()
  })

  it('shows the new day’s line once it loads', async () => {
    const { dayTurns } = renderLine(day('2026-10-20'), '{}')
    await screen.findByRole('img', { name: '受理量：10月7日 至 10月20日 的走势' }, patiently)
    dayTurns(day('2026-10-21'))
    const today = await screen.findByRole('img', { name: '受理量：10月8日 至 10月21日 的走势' }, patiently)
    expect(today.querySelector('path')).not.toBeNull()
  })

  it('carries nothing outside a scope: a failed series leaves no line', async () => {
    const { dayTurns } = renderLine(day('2026-10-20'), undefined)
    await screen.findByRole('img', { name: '受理量：10月7日 至 10月20日 的走势' }, patiently)
    failingSeries()
    dayTurns(day('2026-10-21'))
    const empty = await screen.findByRole('img', { name: '受理量：暂无走势数据' })
    expect(empty.querySelector('path')).toBeNull()
  })
})
