import { server } from '@mocks/node'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently } from '../../../../tests/unit/render-query'
import { breakdownQueryOptions, sixTimelyQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { createI18n } from '@/shared/i18n/i18n'
import { formatCount, formatRate, formatSignedChange } from '@/shared/lib/format'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { rankRows, rateExtremes } from '../model/rank-rows'
import { rateBand } from '../model/rate-band'
import { topCategories } from '../model/top-categories'
import { ChannelMixPanel } from './channel-mix-panel'
import { RankingPanel } from './ranking-panel'
import { TopCategoriesPanel } from './top-categories-panel'

const october: KpiFilters = { from: '2026-10-01', to: '2026-10-31' }
const t = createI18n('zh-CN').t
const zh = 'zh-CN' as const
// The symbol each band carries beside its words.
const bandIcons = { onTarget: '✓', nearTarget: '!', belowTarget: '✕' } as const

beforeEach(() => signInAs('director'))

/** The panel under a router (for its links) with a /work-orders route to land on. */
async function setup(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const rootRoute = createRootRoute({ component: Outlet })
  const routeTree = rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => ui }),
    createRoute({ getParentRoute: () => rootRoute, path: '/work-orders', component: () => <p>工单列表</p> }),
  ])
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/'] }) })
  const user = userEvent.setup()
  render(
    <I18nextProvider i18n={createI18n('zh-CN')}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  )
  await act(() => router.load())
  return { router, user }
}

/** What the API answers for the same parameters, fetched apart from the panel's cache. */
const fromApi = () => new QueryClient()

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name })
  const row = header.closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

describe('ChannelMixPanel', () => {
  it('shows each channel’s count, share and change as the API gives them', { timeout: 30_000 }, async () => {
    await setup(<ChannelMixPanel filters={october} compare="previous" />)
    const panel = screen.getByRole('region', { name: '渠道构成' })
    const table = await within(panel).findByRole('table', {}, patiently)
    const answer = await fromApi().query(
      breakdownQueryOptions('channel', { ...filterParams(october), metric: 'received', compare: 'previous' }),
    )
    const total = answer.rows.reduce((sum, row) => sum + (row.value ?? 0), 0)
    expect(total).toBeGreaterThan(0)
    for (const row of answer.rows) {
      const cells = within(rowOf(table, t(`codes.channel.${row.key as 'hotline12345'}`))).getAllByRole('cell')
      const texts = cells.map((cell) => cell.textContent)
      expect(texts).toContain(formatCount(row.value, zh))
      expect(texts).toContain(
        formatRate((row.value ?? 0) / total, zh, { numerator: row.value, denominator: total }),
      )
      expect(texts.join(' ')).toContain(formatSignedChange(row.change, 'count', zh))
    }
    expect(panel).toHaveTextContent(`合计 ${formatCount(total, zh)} 件`)
    expect(within(panel).getByRole('columnheader', { name: '较上期' })).toBeInTheDocument()
  })
})

describe('TopCategoriesPanel', () => {
  const filters: KpiFilters = { ...october, district: '371102', channel: 'hotline12345' }

  it(
    'lists the top categories with the API’s counts and changes, linking to their work orders',
    { timeout: 30_000 },
    async () => {
      const { router, user } = await setup(<TopCategoriesPanel filters={filters} compare="yearAgo" />)
      const panel = screen.getByRole('region', { name: '受理量前八的类别' })
      const table = await within(panel).findByRole('table', {}, patiently)
      const answer = await fromApi().query(
        breakdownQueryOptions('category', {
          ...filterParams(filters),
          metric: 'received',
          compare: 'yearAgo',
        }),
      )
      const top = topCategories(answer.rows)
      expect(top.length).toBeGreaterThan(0)
      const bodyRows = within(table).getAllByRole('row').slice(1)
      expect(bodyRows).toHaveLength(top.length)
      top.forEach((row, index) => {
        const shown = bodyRows[index]!
        expect(within(shown).getByRole('rowheader')).toHaveTextContent(
          t(`codes.category.${row.key as 'cars'}`),
        )
        const texts = within(shown)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
        expect(texts[0]).toBe(formatCount(row.value, zh))
        expect(texts[1]).toContain(formatSignedChange(row.change, 'count', zh))
      })
      expect(within(panel).getByRole('columnheader', { name: '较去年同期' })).toBeInTheDocument()

      const first = top[0]!
      await user.click(within(bodyRows[0]!).getByRole('link'))
      await waitFor(() => expect(router.state.location.pathname).toBe('/work-orders'))
      expect(router.state.location.search).toEqual({ ...filterParams(filters), category: first.key })
    },
  )
})

describe('RankingPanel', () => {
  it(
    'ranks districts by volume, then units by on-time rate banded against the closure target',
    { timeout: 40_000 },
    async () => {
      const { user } = await setup(<RankingPanel filters={october} compare="previous" />)
      const panel = screen.getByRole('region', { name: '区县和承办单位排名' })
      const table = await within(panel).findByRole('table', {}, patiently)
      const districts = await fromApi().query(
        breakdownQueryOptions('district', {
          ...filterParams(october),
          metric: 'received',
          compare: 'previous',
        }),
      )
      const bodyRows = within(table).getAllByRole('row').slice(1)
      rankRows(districts.rows).forEach(({ row, position }, index) => {
        const shown = bodyRows[index]!
        expect(within(shown).getByRole('rowheader')).toHaveTextContent(
          t(`codes.district.${row.key as '371102'}`),
        )
        const texts = within(shown)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
        expect(texts.slice(0, 2)).toEqual([String(position), formatCount(row.value, zh)])
      })

      await user.click(within(panel).getByRole('button', { name: /承办单位/ }))
      await user.click(within(panel).getByRole('button', { name: /按按时办结率/ }))
      expect(within(panel).getByRole('button', { name: /承办单位/ })).toHaveAttribute('aria-pressed', 'true')
      await within(panel).findByRole('columnheader', { name: '按时办结率' }, patiently)

      const [unitRates, sixTimely, units] = await Promise.all([
        fromApi().query(
          breakdownQueryOptions('unit', { ...filterParams(october), metric: 'closure', compare: 'previous' }),
        ),
        fromApi().query(sixTimelyQueryOptions(filterParams(october))),
        fromApi().query(unitsQueryOptions()),
      ])
      const target = sixTimely.items.find((item) => item.code === 'handling')!.target
      const nameOf = (code: string) => units.items.find((unit) => unit.code === code)!.name
      expect(panel).toHaveTextContent(`目标 ${formatRate(target, zh)}；低于目标 1.0个百分点 以内为黄色`)

      const unitTable = within(panel).getByRole('table')
      // Ten rows until "show all".
      expect(within(unitTable).getAllByRole('row')).toHaveLength(11)
      await user.click(within(panel).getByRole('button', { name: `显示全部 ${unitRates.rows.length} 项` }))
      for (const { row, position } of rankRows(unitRates.rows)) {
        const texts = within(rowOf(unitTable, nameOf(row.key)))
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
        const counts = { numerator: row.numerator, denominator: row.denominator }
        expect(texts.slice(0, 2)).toEqual([
          position === null ? '—不参与排名' : String(position),
          `${formatRate(row.value, zh, counts)}按时 / 应办结 ${formatCount(row.numerator, zh)} / ${formatCount(row.denominator, zh)}`,
        ])
        const band = rateBand(row.value, target, 1)
        expect(texts[2]).toBe(
          band
            ? `${bandIcons[band]}${t(`overviewBreakdowns.bands.${band}`)}`
            : '本期没有到期事项，无法计算比率',
        )
      }

      const { worst, best } = rateExtremes(unitRates.rows)
      const worstList = within(panel).getByRole('list', { name: `最低的 ${worst.length} 个单位` })
      const bestList = within(panel).getByRole('list', { name: `最高的 ${best.length} 个单位` })
      expect(
        within(worstList)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(
        worst.map((row) => {
          const band = rateBand(row.value, target, 1)
          const rate = formatRate(row.value, zh, { numerator: row.numerator, denominator: row.denominator })
          return `${nameOf(row.key)}${rate}（${formatCount(row.numerator, zh)} / ${formatCount(row.denominator, zh)}）${band ? `${bandIcons[band]}${t(`overviewBreakdowns.bands.${band}`)}` : ''}`
        }),
      )
      expect(within(bestList).getAllByRole('listitem')).toHaveLength(best.length)
      expect(within(bestList).getAllByRole('listitem')[0]).toHaveTextContent(nameOf(best[0]!.key))
    },
  )

  it(
    'shows "—" with the reason for a unit with nothing due, unbanded and out of the lists',
    { timeout: 40_000 },
    async () => {
      const params = { ...filterParams(october), metric: 'closure', compare: 'previous' } as const
      const real = await fromApi().query(breakdownQueryOptions('unit', params))
      const units = await fromApi().query(unitsQueryOptions())
      const emptyKey = real.rows[0]!.key
      server.use(
        http.get('*/api/v1/breakdowns/unit', () =>
          HttpResponse.json({
            ...real,
            rows: real.rows.map((row) =>
              row.key === emptyKey
                ? { ...row, value: null, numerator: 0, denominator: 0, comparisonValue: null, change: null }
                : row,
            ),
          }),
        ),
      )
      const { user } = await setup(<RankingPanel filters={october} compare="previous" />)
      const panel = screen.getByRole('region', { name: '区县和承办单位排名' })
      await within(panel).findByRole('table', {}, patiently)
      await user.click(within(panel).getByRole('button', { name: /承办单位/ }))
      await user.click(within(panel).getByRole('button', { name: /按按时办结率/ }))
      await within(panel).findByRole('columnheader', { name: '按时办结率' }, patiently)
      await user.click(within(panel).getByRole('button', { name: /显示全部/ }))
      const name = units.items.find((unit) => unit.code === emptyKey)!.name
      const texts = within(rowOf(within(panel).getByRole('table'), name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
      expect(texts.slice(0, 3)).toEqual([
        '—不参与排名',
        '—按时 / 应办结 0 / 0',
        '本期没有到期事项，无法计算比率',
      ])
      const lists = within(panel).getAllByRole('list')
      for (const list of lists) expect(list).not.toHaveTextContent(name)
    },
  )

  it(
    'bands rates blue, yellow and red against the target, with the margin from the preferences',
    { timeout: 40_000 },
    async () => {
      const params = { ...filterParams(october), metric: 'closure', compare: 'previous' } as const
      const [real, sixTimely] = await Promise.all([
        fromApi().query(breakdownQueryOptions('district', params)),
        fromApi().query(sixTimelyQueryOptions(filterParams(october))),
      ])
      const target = sixTimely.items.find((item) => item.code === 'handling')!.target
      // Out of 1,000 due: at the target, 0.5 pp below it and 3 pp below it.
      const atTarget = Math.ceil(target * 1000)
      const numerators = [atTarget, atTarget - 5, atTarget - 30]
      server.use(
        http.get('*/api/v1/breakdowns/district', ({ request }) =>
          new URL(request.url).searchParams.get('metric') === 'closure'
            ? HttpResponse.json({
                ...real,
                rows: real.rows.slice(0, 3).map((row, index) => ({
                  ...row,
                  rank: index + 1,
                  value: numerators[index]! / 1000,
                  numerator: numerators[index]!,
                  denominator: 1000,
                })),
              })
            : undefined,
        ),
      )
      const { user } = await setup(<RankingPanel filters={october} compare="previous" />)
      const panel = screen.getByRole('region', { name: '区县和承办单位排名' })
      await within(panel).findByRole('table', {}, patiently)
      await user.click(within(panel).getByRole('button', { name: /按按时办结率/ }))
      await within(panel).findByRole('columnheader', { name: '按时办结率' }, patiently)
      const bandTexts = () =>
        within(within(panel).getByRole('table'))
          .getAllByRole('row')
          .slice(1)
          .map((row) => within(row).getAllByRole('cell')[2]?.textContent)
      expect(bandTexts()).toEqual(['✓达标', '!略低于目标', '✕低于目标'])

      act(() => usePreferences.getState().setBandMarginPoints(5))
      expect(bandTexts()).toEqual(['✓达标', '!略低于目标', '!略低于目标'])
      expect(panel).toHaveTextContent('低于目标 5.0个百分点 以内为黄色')
    },
  )

  it('renders unit names from data as text, never as HTML', { timeout: 40_000 }, async () => {
    const units = await fromApi().query(unitsQueryOptions())
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({ items: units.items.map((unit) => ({ ...unit, name: `<b>x</b>${unit.code}` })) }),
      ),
    )
    const { user } = await setup(<RankingPanel filters={october} compare="previous" />)
    const panel = screen.getByRole('region', { name: '区县和承办单位排名' })
    await within(panel).findByRole('table', {}, patiently)
    await user.click(within(panel).getByRole('button', { name: /承办单位/ }))
    const code = units.items[0]!.code
    expect(await within(panel).findAllByText(`<b>x</b>${code}`, {}, patiently)).not.toHaveLength(0)
    expect(panel.querySelector('b')).toBeNull()
  })
})

describe('a malformed answer', () => {
  it('shows an error in that panel only', { timeout: 40_000 }, async () => {
    server.use(
      http.get('*/api/v1/breakdowns/category', () =>
        HttpResponse.json({ asOf: '2026-11-28T20:00:00+08:00', rows: [{ key: 'cars', value: 'many' }] }),
      ),
    )
    await setup(
      <>
        <ChannelMixPanel filters={october} compare="previous" />
        <TopCategoriesPanel filters={october} compare="previous" />
        <RankingPanel filters={october} compare="previous" />
      </>,
    )
    const categories = screen.getByRole('region', { name: '受理量前八的类别' })
    const alert = await within(categories).findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('数据加载失败')
    expect(alert).toHaveTextContent('服务器返回的数据格式不符')
    expect(within(categories).queryByRole('table')).toBeNull()

    for (const name of ['渠道构成', '区县和承办单位排名']) {
      const other = screen.getByRole('region', { name })
      expect(await within(other).findByRole('table', {}, patiently)).toBeInTheDocument()
      expect(within(other).queryByRole('alert')).toBeNull()
    }
  })
})
