import { server } from '@mocks/node'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  defaultParseSearch,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { act, render, screen, within } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'
import { createI18n } from '@/shared/i18n/i18n'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatRate } from '@/shared/lib/format'
import { SixTimelyPanel } from './six-timely-panel'

type SixTimely = components['schemas']['SixTimely']
type TimelyRate = SixTimely['items'][number]

// A past month: every outcome is known, so the figures stand still between the panel's
// request and the test's own.
const october: KpiFilters = { from: '2026-10-01', to: '2026-10-31' }

beforeEach(() => signInAs('director'))

/** The panel on a page of a small router, so its links resolve as in the app. */
async function renderPanel(filters: KpiFilters, locale: Locale = 'zh-CN') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const rootRoute = createRootRoute({ component: Outlet })
  const routes = [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/',
      component: () => <SixTimelyPanel filters={filters} compare="previous" />,
    }),
    createRoute({ getParentRoute: () => rootRoute, path: '/work-orders', component: () => null }),
  ]
  const router = createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  const view = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  )
  await act(() => router.load())
  const panel = await screen.findByRole('region', { name: locale === 'en' ? 'Six timely' : '六个及时' })
  return { ...view, panel }
}

async function fetchSixTimely(filters: KpiFilters): Promise<SixTimely> {
  const query = new URLSearchParams(filterParams(filters))
  const response = await fetch(new URL(`/api/v1/kpis/six-timely?${query.toString()}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as SixTimely
}

/** The tile of one rate, found by its heading. */
function rowOf(panel: HTMLElement, name: string): HTMLElement {
  const row = within(panel).getByRole('heading', { name, level: 3 }).closest('li')
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

/** A link's search params, read back as the router reads them (it JSON-quotes numeric strings). */
function searchOf(link: HTMLElement): Record<string, unknown> {
  return defaultParseSearch(new URL(link.getAttribute('href') ?? '', 'http://localhost').search)
}

const zhNames = ['及时受理', '及时分流', '及时办理', '及时督办', '及时回复', '及时分析']

/** A valid answer with chosen figures, for states the simulator's month may not have. */
function sixTimelyBody(filters: KpiFilters, figures: [number, number, number][]): SixTimely {
  const codes = ['acceptance', 'dispatch', 'handling', 'supervision', 'reply', 'analysis'] as const
  const metrics = {
    acceptance: 'timelyAcceptance',
    dispatch: 'timelyDispatch',
    handling: 'timelyHandling',
    supervision: 'timelySupervision',
    reply: 'timelyReply',
    analysis: null,
  } as const
  return {
    asOf: '2026-11-28T20:00:00+08:00',
    period: { from: filters.from, to: filters.to },
    items: codes.map((code, index): TimelyRate => {
      const [numerator, denominator, target] = figures[index] ?? [0, 0, 0.95]
      return {
        code,
        metric: metrics[code],
        numerator,
        denominator,
        rate: denominator === 0 ? null : numerator / denominator,
        target,
        definition: {
          proposal: true,
          timeLimit: { value: 1, unit: 'workingDays' },
          kinds: code === 'analysis' ? [] : ['complaint'],
          periodBasis: 'deadline',
        },
        parts: [],
      }
    }),
  }
}

function answerSixTimely(body: JsonBodyType) {
  server.use(http.get('*/api/v1/kpis/six-timely', () => HttpResponse.json(body)))
}

describe('SixTimelyPanel', () => {
  it(
    'shows each rate, target and count as the API gives them, in its order',
    { timeout: 30_000 },
    async () => {
      const { panel } = await renderPanel(october)
      await within(panel).findAllByRole('heading', { level: 3 }, patiently)
      const api = await fetchSixTimely(october)

      expect(
        within(panel)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(zhNames)
      api.items.forEach((item, index) => {
        const row = rowOf(panel, zhNames[index]!)
        expect(within(row).getByText(formatRate(item.rate, 'zh-CN', item))).toBeInTheDocument()
        expect(within(row).getByText(`目标 ${formatRate(item.target, 'zh-CN')}`)).toBeInTheDocument()
        expect(
          within(row).getByText(
            `${formatCount(item.numerator, 'zh-CN')} / ${formatCount(item.denominator, 'zh-CN')} 件`,
          ),
        ).toBeInTheDocument()
        // The shortfall is marked exactly where the API's rate is under its target.
        const below = item.rate !== null && item.rate < item.target
        expect(within(row).queryByText('低于目标') !== null).toBe(below)
        // Only rates with a work-order metric and late items link to them.
        const missed = item.denominator - item.numerator
        const links = within(row).queryAllByRole('link', { name: /查看未及时的/ })
        expect(links).toHaveLength(item.metric !== null && missed > 0 ? 1 : 0)
        if (links[0]) {
          expect(links[0]).toHaveAccessibleName(`查看未及时的 ${formatCount(missed, 'zh-CN')} 件`)
          expect(searchOf(links[0])).toEqual({ metric: item.metric, outcome: 'late', ...october })
        }
      })
      expect(
        within(rowOf(panel, '及时分析')).getByText('统计的是报告和预警，不是工单，没有工单清单'),
      ).toBeInTheDocument()

      // A link lists exactly the items its rate missed: the work-order list's total is the gap.
      const [link] = within(panel).getAllByRole('link')
      const search = new URLSearchParams(Object.entries(searchOf(link!)).map(([k, v]) => [k, String(v)]))
      const list = await fetch(new URL(`/api/v1/work-orders?${search.toString()}&limit=1`, document.baseURI))
      const linked = api.items.find((item) => item.metric === search.get('metric'))!
      expect(((await list.json()) as { total: number }).total).toBe(linked.denominator - linked.numerator)
    },
  )

  it('marks below target in words exactly for rates under their target', async () => {
    answerSixTimely(
      sixTimelyBody(october, [
        [94, 100, 0.95], // below
        [95, 100, 0.95], // exactly on target: not below
        [99, 100, 0.9],
        [1, 2, 1], // below
        [200, 200, 0.98],
        [3, 4, 0.5],
      ]),
    )
    const { panel } = await renderPanel(october)
    await within(panel).findAllByRole('heading', { level: 3 }, patiently)
    const marked = zhNames.filter((name) => within(rowOf(panel, name)).queryByText('低于目标') !== null)
    expect(marked).toEqual(['及时受理', '及时督办'])
    expect(within(rowOf(panel, '及时分流')).getByText('达到目标')).toBeInTheDocument()
    expect(within(rowOf(panel, '及时受理')).getByText('94.0%')).toBeInTheDocument()
  })

  it('links to the late items with the period, district and channel', async () => {
    const filters: KpiFilters = { ...october, district: '371102', channel: 'hotline12345' }
    answerSixTimely(
      sixTimelyBody(filters, [
        [9, 10, 0.95],
        [10, 10, 0.95],
        [1_000, 2_234, 0.9],
        [0, 0, 0.95],
        [1, 2, 0.98],
        [3, 4, 1],
      ]),
    )
    const { panel } = await renderPanel(filters)
    await within(panel).findAllByRole('heading', { level: 3 }, patiently)

    const link = within(rowOf(panel, '及时办理')).getByRole('link', { name: '查看未及时的 1,234 件' })
    expect(searchOf(link)).toEqual({
      metric: 'timelyHandling',
      outcome: 'late',
      from: '2026-10-01',
      to: '2026-10-31',
      district: '371102',
      channel: 'hotline12345',
    })
    expect(searchOf(within(rowOf(panel, '及时受理')).getByRole('link'))).toMatchObject({
      metric: 'timelyAcceptance',
      outcome: 'late',
    })
    // None missed, nothing due, or not work orders: no link.
    expect(within(rowOf(panel, '及时分流')).queryByRole('link')).toBeNull()
    expect(within(rowOf(panel, '及时分流')).getByText('没有未及时的事项')).toBeInTheDocument()
    expect(within(rowOf(panel, '及时督办')).queryByRole('link')).toBeNull()
    expect(within(rowOf(panel, '及时分析')).queryByRole('link')).toBeNull()
  })

  it('shows a missing rate as a dash with the reason', async () => {
    answerSixTimely(
      sixTimelyBody(october, [
        [9, 10, 0.95],
        [0, 0, 0.95],
        [1, 1, 0.9],
        [1, 1, 0.95],
        [1, 1, 0.98],
        [0, 0, 1],
      ]),
    )
    const { panel } = await renderPanel(october)
    await within(panel).findAllByRole('heading', { level: 3 }, patiently)
    const dispatch = rowOf(panel, '及时分流')
    expect(within(dispatch).getByText('—')).toBeInTheDocument()
    expect(within(dispatch).getByText('本期没有到期事项，无法计算比率')).toBeInTheDocument()
    expect(within(dispatch).queryByText('低于目标')).toBeNull()
    const analysis = rowOf(panel, '及时分析')
    expect(within(analysis).getByText('本期没有到期的报告或预警，无法计算比率')).toBeInTheDocument()
  })

  it('says so when nothing at all fell due', async () => {
    answerSixTimely(
      sixTimelyBody(
        october,
        Array.from({ length: 6 }, () => [0, 0, 0.95]),
      ),
    )
    const { panel } = await renderPanel(october)
    expect(
      await within(panel).findByText('本期没有到期事项，六项比率均无法计算。', {}, patiently),
    ).toBeInTheDocument()
    expect(within(panel).queryByRole('heading', { level: 3 })).toBeNull()
  })

  it('shows a malformed answer as this panel’s error, with the reason', async () => {
    answerSixTimely({ asOf: '2026-11-28T20:00:00+08:00', period: october, items: [{ code: 'acceptance' }] })
    const { panel } = await renderPanel(october)
    const alert = await within(panel).findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent(/items/)
    expect(within(panel).getByRole('button', { name: '重试' })).toBeInTheDocument()
  })

  it('speaks English, with the definition behind a disclosure', async () => {
    answerSixTimely(
      sixTimelyBody(october, [
        [9, 10, 0.95],
        [10, 10, 0.95],
        [1, 1, 0.9],
        [1, 1, 0.95],
        [1, 1, 0.98],
        [1, 1, 1],
      ]),
    )
    const { panel } = await renderPanel(october, 'en')
    await within(panel).findAllByRole('heading', { level: 3 }, patiently)
    const row = rowOf(panel, 'Timely acceptance')
    expect(within(row).getByText('Below target')).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: 'Show the 1 late item' })).toBeInTheDocument()
    expect(within(row).getByText('How is this computed').closest('details')).not.toHaveAttribute('open')
    expect(within(row).getByText(/within 7 working days of receipt/)).toBeInTheDocument()
    expect(within(row).getByText('Configured limit: 1 working day')).toBeInTheDocument()
  })
})
