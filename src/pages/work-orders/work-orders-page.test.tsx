import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { workOrderSummary } from '../../../tests/unit/work-order-summary'
import { addDays } from '@/entities/period/china-days'
import type { components } from '@/shared/api/schema.gen'
import { zhCN as zh } from '@/shared/i18n/resources/zh-cn-full'
import { chinaDay, formatCalendarDay, formatCount, formatMoneyFen } from '@/shared/lib/format'

// The mock runs a live clock: periods are relative to today in China, and ended days ago, so
// every item a rate counts has its outcome known and the figure holds still during a test.
const today = chinaDay(Date.now())
const from = addDays(today, -35)
const to = addDays(today, -5)
const range = `${formatCalendarDay(from, 'zh-CN')} 至 ${formatCalendarDay(to, 'zh-CN')}`

type Stage = components['schemas']['StageCode']

interface Page {
  total: number
  recoveredFen: number
  items: { id: string }[]
}

/** The same request the page makes, straight to the mock API (signed in by renderApp). */
async function apiGet(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  return { status: response.status, body: await response.json() }
}

/** A state tab's accessible name: the state, then its count. */
const tabName = (state: string, count: number) => new RegExp(`^${state}\\s*${formatCount(count, 'zh-CN')}$`)

function listPanel() {
  return within(screen.getByRole('region', { name: '工单列表' }))
}

/**
 * The table's body rows are the API's list from the top, in its order; only those in view (and a
 * few beyond) are rendered, however long the list.
 */
function expectFirstRowsOf(page: Page) {
  const rows = listPanel().queryAllByRole('row').slice(1)
  const ids = rows.map((row) => within(row).getByRole('rowheader').textContent)
  expect(ids).toEqual(page.items.slice(0, ids.length).map((item) => item.id))
  expect(ids.length).toBeLessThanOrEqual(page.items.length)
  if (page.total > 0) expect(ids.length).toBeGreaterThan(0)
  expect(ids.length).toBeLessThanOrEqual(100)
  return rows
}

describe('the work-order list a figure drills down to', () => {
  it('shows the total of exactly that figure and its first page of rows', { timeout: 30_000 }, async () => {
    const filters = `metric=closure&from=${from}&to=${to}&district=371102`
    await renderApp(`/work-orders?${filters}`)
    expect(screen.getByText(`按时办结率 · ${range} · 东港区`)).toBeInTheDocument()

    const body = (await apiGet(`/work-orders?${filters}&limit=100`)).body as Page
    // A month of a district's closures: more rows than a screen holds.
    expect(body.total).toBeGreaterThan(50)
    const total = formatCount(body.total, 'zh-CN')
    expect(await listPanel().findByText(`共 ${total} 件`, {}, patiently)).toBeInTheDocument()
    // The table knows the whole count, for screen readers too.
    expect(listPanel().getByRole('table')).toHaveAttribute('aria-rowcount', String(body.total + 1))

    const rows = expectFirstRowsOf(body)
    expect(rows.length).toBeLessThan(body.total)
    for (const row of rows) expect(within(row).getByText('东港区')).toBeInTheDocument()
  })

  it('lands on one side of a rate: the late closures', { timeout: 30_000 }, async () => {
    const early = addDays(today, -120)
    const filters = `metric=closure&outcome=late&from=${early}&to=${to}`
    await renderApp(`/work-orders?${filters}`)
    const late = `${formatCalendarDay(early, 'zh-CN')} 至 ${formatCalendarDay(to, 'zh-CN')}`
    expect(screen.getByText(`按时办结率 · 逾期 · ${late}`)).toBeInTheDocument()

    const body = (await apiGet(`/work-orders?${filters}&limit=100`)).body as Page
    // The calibrated city closes almost everything on time: the figure may well be zero, and
    // then the list says so instead of showing "0" as if it were data.
    const shown = body.total === 0 ? '没有符合条件的工单。' : `共 ${formatCount(body.total, 'zh-CN')} 件`
    expect(await listPanel().findByText(shown, {}, patiently)).toBeInTheDocument()
    expectFirstRowsOf(body)
  })

  it('shows the recovered amount of a recovered-losses drill-down', { timeout: 30_000 }, async () => {
    await renderApp(`/work-orders?metric=recovered&from=${from}&to=${to}`)
    const body = (await apiGet(`/work-orders?metric=recovered&from=${from}&to=${to}&limit=50`)).body as Page
    expect(
      await listPanel().findByText(
        `挽回经济损失 ${formatMoneyFen(body.recoveredFen, 'zh-CN')}`,
        {},
        patiently,
      ),
    ).toBeInTheDocument()
    expect(listPanel().getByText(`共 ${formatCount(body.total, 'zh-CN')} 件`)).toBeInTheDocument()
  })

  it('describes the filters in English too', { timeout: 30_000 }, async () => {
    await renderApp(`/work-orders?metric=satisfaction&outcome=dissatisfied&channel=platform12315&ca=true`, {
      locale: 'en',
    })
    expect(
      screen.getByText("Satisfaction · Dissatisfied · 12315 platform · consumer association's own intake"),
    ).toBeInTheDocument()
  })

  it("shows the API's reason when an outcome does not fit the metric", async () => {
    await renderApp(`/work-orders?metric=received&outcome=late&from=${from}&to=${to}`)
    const answer = await apiGet(`/work-orders?metric=received&outcome=late&from=${from}&to=${to}&limit=50`)
    expect(answer.status).toBe(400)
    const { detail } = answer.body as { detail: string }
    const alert = await listPanel().findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent(`服务器返回错误 400：${detail}`)
    expect(screen.getByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
  })

  it("tells staff plainly that another unit's work orders are not theirs to see", async () => {
    await signInAs('staff')
    const units = (await apiGet('/units')).body as { items: { code: string; name: string }[] }
    const other = units.items.find((unit) => unit.code !== 'dg-bureau')!
    const { router } = await renderApp(`/work-orders?unit=${other.code}`, { signedInAs: 'staff' })
    expect(router.state.location.search).toEqual({ unit: other.code })
    const alerts = await screen.findAllByText(/无权查看这些工单/, {}, patiently)
    expect(alerts).toHaveLength(1)
    // The unit is named as the API names it, not by its code.
    expect(screen.getByText(`承办单位：${other.name}`)).toBeInTheDocument()
  })

  it('offers staff their own unit only, which is what the API lets them read', async () => {
    await renderApp('/work-orders', { signedInAs: 'staff' })
    const unit = await screen.findByRole('combobox', { name: '承办单位' })
    await waitFor(() =>
      expect(
        within(unit)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['东港区市场监督管理局']),
    )
  })

  it('shows an error in the panel for a malformed answer, not a crash', async () => {
    server.use(
      http.get('*/api/v1/work-orders', () =>
        HttpResponse.json({ asOf: '2026-12-05T10:00:00+08:00', items: 'none', nextCursor: null, total: -1 }),
      ),
    )
    await renderApp('/work-orders?status=overdue')
    const alert = await listPanel().findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('服务器返回的数据格式不符')
    // The rest of the page stands: the filters and the tabs.
    expect(screen.getByRole('navigation', { name: '工单状态' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '清除筛选' })).toBeInTheDocument()
  })
})

describe('data from the API and the URL', () => {
  const hostile = '<img src=x onerror="window.pwned=1">'

  it('renders hostile unit names and keywords as text, never as markup', async () => {
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({ items: [{ code: 'dg-bureau', name: hostile, district: '371102' }] }),
      ),
      http.get('*/api/v1/work-orders', () =>
        HttpResponse.json({
          asOf: '2026-12-05T10:00:00+08:00',
          items: [
            workOrderSummary({
              dueAt: '2026-12-03T00:00:00+08:00',
              overdue: true,
              supervised: true,
              overdueSince: '2026-12-03T00:00:00+08:00',
              summary: hostile,
              businessName: hostile,
            }),
          ],
          nextCursor: null,
          total: 1,
          recoveredFen: 0,
        }),
      ),
    )
    const { container } = await renderApp(`/work-orders?q=${encodeURIComponent(hostile)}`)
    const row = await listPanel().findByRole('row', { name: /RZ-20261201-0001/ }, patiently)
    expect(within(row).getByText(hostile)).toBeInTheDocument()
    expect(within(row).getByText('超期')).toBeInTheDocument()
    expect(within(row).getByText('督办中')).toBeInTheDocument()
    expect(within(row).getByText('2026年12月1日 09:30')).toBeInTheDocument()
    expect(screen.getByText(`关键词“${hostile}”`)).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })
})

describe('the filter controls', () => {
  it(
    'put a chosen district and a keyword into the URL, and the list follows',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp(`/work-orders?status=open`)
      await user.selectOptions(screen.getByRole('combobox', { name: '区县' }), '岚山区')
      await waitFor(() =>
        expect(router.state.location.search).toEqual({ status: 'open', district: '371103' }),
      )
      const body = (await apiGet('/work-orders?status=open&district=371103&limit=1')).body as Page
      expect(
        await listPanel().findByText(`共 ${formatCount(body.total, 'zh-CN')} 件`, {}, patiently),
      ).toBeInTheDocument()

      await user.type(screen.getByRole('searchbox', { name: '关键词' }), '  RZ-2026  ')
      await user.click(screen.getByRole('button', { name: '搜索' }))
      await waitFor(() =>
        expect(router.state.location.search).toEqual({ status: 'open', district: '371103', q: 'RZ-2026' }),
      )
      // Back undoes the last change only.
      router.history.back()
      await waitFor(() =>
        expect(router.state.location.search).toEqual({ status: 'open', district: '371103' }),
      )
      expect(screen.getByRole('searchbox', { name: '关键词' })).toHaveValue('')
    },
  )
})

describe('the period control', () => {
  it(
    'puts a range of receipt days into the URL, explains a bad one, and clears it',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp(`/work-orders?district=371102`)
      const period = screen.getByRole('form', { name: '受理期间' })
      await user.type(within(period).getByLabelText('开始日期'), to)
      await user.type(within(period).getByLabelText('结束日期'), from)
      await user.click(within(period).getByRole('button', { name: '应用' }))
      // Reversed: said so, nothing sent.
      expect(within(period).getByRole('alert')).toHaveTextContent('开始日期不能晚于结束日期。')
      expect(router.state.location.search).toEqual({ district: '371102' })

      await user.clear(within(period).getByLabelText('开始日期'))
      await user.type(within(period).getByLabelText('开始日期'), from)
      await user.clear(within(period).getByLabelText('结束日期'))
      await user.type(within(period).getByLabelText('结束日期'), to)
      await user.click(within(period).getByRole('button', { name: '应用' }))
      await waitFor(() => expect(router.state.location.search).toEqual({ district: '371102', from, to }))
      const body = (await apiGet(`/work-orders?district=371102&from=${from}&to=${to}&limit=1`)).body as Page
      expect(
        await listPanel().findByText(`共 ${formatCount(body.total, 'zh-CN')} 件`, {}, patiently),
      ).toBeInTheDocument()
      expect(screen.getByText(`${range} · 东港区`)).toBeInTheDocument()

      await user.click(screen.getByRole('button', { name: '不限期间' }))
      await waitFor(() => expect(router.state.location.search).toEqual({ district: '371102' }))
    },
  )

  it("names a figure's period as such, and keeps it (a figure needs one)", async () => {
    await renderApp(`/work-orders?metric=closure&from=${from}&to=${to}`)
    const period = screen.getByRole('form', { name: '统计期间' })
    expect(within(period).getByLabelText('开始日期')).toHaveValue(from)
    expect(within(period).queryByRole('button', { name: '不限期间' })).toBeNull()
  })
})

describe('the current stage and the reminders', () => {
  it(
    'narrow the list to where open items wait, with each row counting its reminders',
    { timeout: 30_000 },
    async () => {
      const { user, router } = await renderApp(`/work-orders?status=open`)
      // The stage most open items wait at now (the city's clock runs live).
      const open = (await apiGet('/work-orders?status=open&limit=500')).body as { items: { stage: Stage }[] }
      const tally = new Map<Stage, number>()
      for (const { stage } of open.items) tally.set(stage, (tally.get(stage) ?? 0) + 1)
      const stage = [...tally].sort((a, b) => b[1] - a[1])[0]![0]
      const name = zh.codes.stage[stage]
      await user.selectOptions(screen.getByRole('combobox', { name: '当前环节' }), name)
      await waitFor(() => expect(router.state.location.search).toEqual({ status: 'open', stage }))
      const body = (await apiGet(`/work-orders?status=open&stage=${stage}&limit=100`)).body as Page & {
        items: { reminderCount: number; stage: string }[]
      }
      expect(body.total).toBeGreaterThan(0)
      expect(
        await listPanel().findByText(`共 ${formatCount(body.total, 'zh-CN')} 件`, {}, patiently),
      ).toBeInTheDocument()
      expect(screen.getByText(`在办 · 当前环节：${name}`)).toBeInTheDocument()
      const rows = expectFirstRowsOf(body)
      const header = listPanel()
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent)
      const stageAt = header.findIndex((text) => text.startsWith('当前环节'))
      const remindersAt = header.findIndex((text) => text.startsWith('催办次数'))
      rows.forEach((row, i) => {
        const cells = within(row).getAllByRole('cell')
        // The row header (the number) is not a cell: cells start at the second column.
        expect(cells[stageAt - 1]).toHaveTextContent(name)
        expect(cells[remindersAt - 1]).toHaveTextContent(String(body.items[i]!.reminderCount))
      })
    },
  )
})

describe('the state tabs and the ways out', () => {
  it('count each state within the other filters, as the API counts them', { timeout: 30_000 }, async () => {
    const scope = `district=371102&from=${from}&to=${to}`
    await renderApp(`/work-orders?${scope}`)
    const tabs = within(screen.getByRole('navigation', { name: '工单状态' }))
    const names = {
      all: '全部',
      open: '在办',
      overdue: '超期',
      atRisk: '临期',
      supervised: '督办中',
      closed: '已办结',
    }
    for (const [status, name] of Object.entries(names)) {
      const query = status === 'all' ? '' : `&status=${status}`
      const { total } = (await apiGet(`/work-orders?${scope}${query}&limit=1`)).body as Page
      const tab = await tabs.findByRole('link', { name: tabName(name, total) }, patiently)
      expect(tab).toBeInTheDocument()
    }
  })

  it('count open overdue and at-risk items as the Overview does', { timeout: 30_000 }, async () => {
    await renderApp('/work-orders?district=371102')
    const tabs = within(screen.getByRole('navigation', { name: '工单状态' }))
    // Current state, whatever the period: the Overview's figures for the district.
    const summary = (await apiGet(`/kpis/summary?from=${today}&to=${today}&district=371102`)).body as {
      open: { overdue: number; atRisk: number }
    }
    expect(
      await tabs.findByRole('link', { name: tabName('超期', summary.open.overdue) }, patiently),
    ).toBeInTheDocument()
    expect(tabs.getByRole('link', { name: tabName('临期', summary.open.atRisk) })).toBeInTheDocument()
  })

  it('puts the chosen state into the URL, keeping the other filters', async () => {
    const { user, router } = await renderApp('/work-orders?district=371102')
    const tabs = within(screen.getByRole('navigation', { name: '工单状态' }))
    expect(tabs.getByRole('link', { name: /^全部/ })).toHaveAttribute('aria-current', 'page')

    await user.click(tabs.getByRole('link', { name: /^超期/ }))
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ district: '371102', status: 'overdue' }),
    )
    expect(tabs.getByRole('link', { name: /^超期/ })).toHaveAttribute('aria-current', 'page')
    expect(tabs.getByRole('link', { name: /^全部/ })).not.toHaveAttribute('aria-current')
    expect(screen.getByText('超期 · 东港区')).toBeInTheDocument()

    await user.click(tabs.getByRole('link', { name: /^全部/ }))
    await waitFor(() => expect(router.state.location.search).toEqual({ district: '371102' }))
  })

  it('clears every filter, and links back to the overview', async () => {
    const { user, router } = await renderApp(`/work-orders?metric=closure&from=${from}&to=${to}`)
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/')
    await user.click(screen.getByRole('link', { name: '清除筛选' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(screen.getByText('全部工单，未设筛选条件')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '清除筛选' })).toBeNull()
  })
})
