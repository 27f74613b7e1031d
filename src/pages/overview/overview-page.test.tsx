import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { resolvePeriod } from '@/entities/period/resolve-period'
import type { components } from '@/shared/api/schema.gen'
import {
  chinaDay,
  formatCalendarDay,
  formatChinaDateTime,
  formatCount,
  formatMoneyFen,
  formatRate,
  formatSignedChange,
} from '@/shared/lib/format'

type KpiSummary = components['schemas']['KpiSummary']

const today = () => chinaDay(Date.now())

// A simulator whose clock stands still: the page's answer and the test's own must describe the
// same instant (a live clock could receive an item between them).
beforeEach(() => {
  const now = Date.now()
  server.use(...createHandlers({ state: createApiState({ now: () => now }) }))
})

async function apiSummary(query: Record<string, string>): Promise<KpiSummary> {
  const response = await fetch(
    new URL(`/api/v1/kpis/summary?${new URLSearchParams(query)}`, document.baseURI),
  )
  expect(response.status).toBe(200)
  return (await response.json()) as KpiSummary
}

const card = (name: string) => screen.getByRole('article', { name })

/**
 * Opens today's Overview, then serves `change` of the API's own answer and refreshes: the page
 * shows figures the calibrated city does not have on every day.
 */
async function refreshWithSummary(
  change: (real: KpiSummary) => KpiSummary,
  compare: 'previous' | 'yearAgo' = 'previous',
): Promise<void> {
  const range = resolvePeriod('today', today())
  await renderApp(`/?compare=${compare}`)
  await screen.findByRole('article', { name: '受理量' }, patiently)
  const real = await apiSummary({ ...range, compare })
  server.use(http.get('*/api/v1/kpis/summary', () => HttpResponse.json(change(real))))
  await screen.findByRole('button', { name: '刷新' }).then((button) => button.click())
}

describe('Overview key figures', () => {
  it(
    'shows each figure as the API computes it for the period and district',
    { timeout: 60_000 },
    async () => {
      await renderApp('/?period=quarter&district=371102&compare=previous')
      const range = resolvePeriod('quarter', today())
      await screen.findByRole('article', { name: '按时办结率' }, patiently)
      const summary = await apiSummary({ ...range, district: '371102', compare: 'previous' })
      const before = summary.comparison!

      expect(within(card('受理量')).getByText(formatCount(summary.received.total, 'zh-CN'))).toBeVisible()
      const closure = within(card('按时办结率'))
      expect(
        closure.getByText(
          formatRate(summary.closure.rate, 'zh-CN', {
            numerator: summary.closure.onTime,
            denominator: summary.closure.due,
          }),
        ),
      ).toBeVisible()
      expect(
        closure.getByText(
          `${formatCount(summary.closure.onTime, 'zh-CN')} / ${formatCount(summary.closure.due, 'zh-CN')} 件`,
        ),
      ).toBeVisible()
      const closureChange = summary.closure.rate! - before.closure.rate!
      expect(closure.getByText(formatSignedChange(closureChange, 'points', 'zh-CN'))).toBeVisible()
      expect(
        within(card('挽回经济损失')).getByText(formatMoneyFen(summary.recoveredFen, 'zh-CN')),
      ).toBeVisible()
      expect(
        within(card('在办工单')).getByRole('link', {
          name: `超期 ${formatCount(summary.open.overdue, 'zh-CN')}`,
        }),
      ).toBeVisible()

      // Each drill-down lists exactly the figure: its metric, the period and the district.
      const drill = closure.getByRole('link', { name: '查看这些工单' })
      const search = new URL(drill.getAttribute('href')!, 'http://x').searchParams
      expect(Object.fromEntries(search)).toEqual({ ...range, district: '371102', metric: 'closure' })
    },
  )

  it(
    'says why a rate is missing when nothing fell due, and shows no change for it',
    { timeout: 60_000 },
    async () => {
      const nothingDue = { due: 0, onTime: 0, late: 0, rate: null }
      const noneSurveyed = { surveyed: 0, satisfied: 0, rate: null }
      await refreshWithSummary((real) => ({
        ...real,
        closure: nothingDue,
        satisfaction: noneSurveyed,
        comparison: { ...real.comparison!, closure: nothingDue, satisfaction: noneSurveyed },
      }))
      const closure = within(card('按时办结率'))
      await waitFor(() => expect(closure.getByText('本期没有到期事项，无法计算比率')).toBeVisible())
      expect(closure.getByText('—')).toBeVisible()
      expect(closure.getByText('无对比数据')).toBeVisible()
      // Satisfaction is a share of the people surveyed, and says so.
      expect(within(card('满意率')).getByText('本期没有回访，无法计算满意率')).toBeVisible()
    },
  )

  it(
    'says why a figure has no change when the comparison period had nothing due, no one surveyed, or 0',
    { timeout: 60_000 },
    async () => {
      // Yesterday a Sunday: nothing fell due and nothing was recovered; today both happened.
      await refreshWithSummary((real) => ({
        ...real,
        closure: { due: 40, onTime: 39, late: 1, rate: 39 / 40 },
        recoveredFen: 1_234_500,
        satisfaction: { surveyed: 20, satisfied: 19, rate: 0.95 },
        comparison: {
          ...real.comparison!,
          closure: { due: 0, onTime: 0, late: 0, rate: null },
          recoveredFen: 0,
          satisfaction: { surveyed: 0, satisfied: 0, rate: null },
        },
      }))
      const closure = within(card('按时办结率'))
      await waitFor(() => expect(closure.getByText('上期没有到期事项，无法比较')).toBeVisible())
      expect(closure.getByText(formatRate(39 / 40, 'zh-CN'))).toBeVisible()
      const recovered = within(card('挽回经济损失'))
      expect(recovered.getByText('上期为 0，无法计算增减比例')).toBeVisible()
      expect(recovered.getByText(formatMoneyFen(1_234_500, 'zh-CN'))).toBeVisible()
      expect(within(card('满意率')).getByText('上期没有回访，无法比较')).toBeVisible()
    },
  )

  it(
    'names the same period last year, not the previous one, when that is what had 0 or nothing due',
    { timeout: 60_000 },
    async () => {
      await refreshWithSummary(
        (real) => ({
          ...real,
          closure: { due: 40, onTime: 39, late: 1, rate: 39 / 40 },
          recoveredFen: 1_234_500,
          comparison: {
            ...real.comparison!,
            closure: { due: 0, onTime: 0, late: 0, rate: null },
            recoveredFen: 0,
          },
        }),
        'yearAgo',
      )
      const closure = within(card('按时办结率'))
      await waitFor(() => expect(closure.getByText('去年同期没有到期事项，无法比较')).toBeVisible())
      expect(within(card('挽回经济损失')).getByText('去年同期为 0，无法计算增减比例')).toBeVisible()
      expect(screen.queryByText(/^上期/)).toBeNull()
    },
  )

  it('keeps the figures and marks them stale when a refresh fails', { timeout: 60_000 }, async () => {
    const { user } = await renderApp('/')
    const received = await screen.findByRole('article', { name: '受理量' }, patiently)
    const value = within(received).getByText(/^\d[\d,]*$/).textContent
    server.use(http.get('*/api/v1/kpis/summary', () => HttpResponse.json({ title: 'down' }, { status: 503 })))
    await user.click(screen.getByRole('button', { name: '刷新' }))
    expect(await screen.findByText(/最近一次刷新失败/)).toBeVisible()
    expect(within(card('受理量')).getByText(value)).toBeVisible()
  })

  it('shows a malformed answer as an error of the figures panel only', { timeout: 60_000 }, async () => {
    server.use(http.get('*/api/v1/kpis/summary', () => HttpResponse.json({ received: 'lots' })))
    await renderApp('/')
    const panel = await screen.findByRole('region', { name: '关键指标' })
    expect(await within(panel).findByRole('alert', {}, patiently)).toHaveTextContent(/received/)
    // The rest of the page stays: the title, the period bar, the freshness line.
    expect(screen.getByRole('heading', { level: 1, name: '总览' })).toBeVisible()
    expect(screen.getByRole('navigation', { name: '统计周期' })).toBeVisible()
  })

  it(
    'says what the figures are compared with: today so far with yesterday up to the same time',
    { timeout: 60_000 },
    async () => {
      await renderApp('/?period=today&compare=previous')
      const summary = await apiSummary({ ...resolvePeriod('today', today()), compare: 'previous' })
      const before = summary.comparison!
      const line = `对比 ${formatCalendarDay(before.period.from, 'zh-CN')} 至 ${formatChinaDateTime(before.asOf, 'zh-CN')}（同一时点）`
      expect(await screen.findByText(line, {}, patiently)).toBeVisible()
      expect(before.period.from).toBe(chinaDay(Date.now() - 86_400_000))
    },
  )

  it('says an ended period is compared with all of its comparison period', { timeout: 60_000 }, async () => {
    await renderApp('/?period=custom&from=2026-10-01&to=2026-10-31&compare=yearAgo')
    expect(await screen.findByText('对比 2025年10月1日 至 2025年10月31日', {}, patiently)).toBeVisible()
  })

  it('reads January and February together', { timeout: 60_000 }, async () => {
    await renderApp('/?period=janFeb')
    const range = resolvePeriod('janFeb', today())
    await screen.findByRole('article', { name: '受理量' }, patiently)
    const summary = await apiSummary({ ...range, compare: 'previous' })
    expect(summary.period).toEqual(range)
    expect(within(card('受理量')).getByText(formatCount(summary.received.total, 'zh-CN'))).toBeVisible()
    expect(screen.getByRole('link', { name: '1—2月' })).toHaveAttribute('aria-current')
  })
})

describe('Overview with hostile names', () => {
  it('shows names from the data as text, never as markup', { timeout: 60_000 }, async () => {
    const now = Date.now()
    server.use(...createHandlers({ state: createApiState({ now: () => now, scenario: 'hostile-text' }) }))
    await renderApp('/?period=month')
    const ranking = await screen.findByRole('region', { name: '区县和承办单位排名' }, patiently)
    // The worst and best units are named from GET /units, some of them hostile here.
    expect(
      (await within(ranking).findAllByText(/<script>|<img src=x|<svg onload/, {}, patiently)).length,
    ).toBeGreaterThan(0)
    expect(document.querySelectorAll('img, script, [onerror], [onload]')).toHaveLength(0)
    expect(document.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0)
  })
})
