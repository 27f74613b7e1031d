import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
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
import { http, HttpResponse } from 'msw'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import type { ScenarioName } from '@mocks/sim/scenarios'
import type { components } from '@/shared/api/schema.gen'
import { createI18n } from '@/shared/i18n/i18n'
import type { Locale } from '@/shared/i18n/locales'
import { formatChinaDateTime, formatCount } from '@/shared/lib/format'
import { AlertsStrip } from './alerts-strip'

type AlertPage = components['schemas']['AlertPage']
type UnitList = components['schemas']['UnitList']

const titles: Record<Locale, string> = { 'zh-CN': '最新预警', en: 'Latest alerts' }

/** The strip on a page of a small router, so its links resolve as in the app. */
async function renderStrip(locale: Locale = 'zh-CN') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const rootRoute = createRootRoute({ component: Outlet })
  const routes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/', component: AlertsStrip }),
    createRoute({ getParentRoute: () => rootRoute, path: '/hotspots', component: () => null }),
  ]
  const router = createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  )
  await act(() => router.load())
  return screen.findByRole('region', { name: titles[locale] })
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/** The alert links of the strip (the header's "to Hotspots" link left out). */
async function alertLinks(panel: HTMLElement): Promise<HTMLElement[]> {
  const list = await within(panel).findByRole('list', {}, patiently)
  return within(list).getAllByRole('link')
}

/**
 * The city at a fixed instant. Under the real clock the newest five alerts change with the hour:
 * every working morning at 08:30 the day's yellow cards become the newest and push the rest out.
 */
function cityAt(asOf: string, scenario: ScenarioName = 'calibrated') {
  server.use(...createHandlers({ state: createApiState({ now: () => Date.parse(asOf), scenario }) }))
}

/** The strip has answered: its empty line or its first alert's time. */
const settled = (panel: HTMLElement) =>
  within(panel).findAllByText(/当前没有未处理的预警|发出于/, {}, patiently)

describe('AlertsStrip', () => {
  it(
    'asks for the newest open alerts and shows them as the API gives them',
    { timeout: 30_000 },
    async () => {
      // A working morning after the day's yellow cards are raised.
      cityAt('2026-12-07T09:10:00+08:00')
      await signInAs('director')
      const requested: URL[] = []
      server.use(
        http.get('*/api/v1/alerts', ({ request }) => {
          requested.push(new URL(request.url))
          // Nothing returned: the real handler answers.
        }),
      )
      const panel = await renderStrip()
      await settled(panel)
      expect(requested[0]?.searchParams.get('status')).toBe('open')
      expect(requested[0]?.searchParams.get('limit')).toBe('5')

      const api = await getJson<AlertPage>('/alerts?status=open&limit=5')
      expect(api.items.some((alert) => alert.unit !== null)).toBe(true)
      const units = await getJson<UnitList>('/units')
      const links = await alertLinks(panel)
      expect(links).toHaveLength(api.items.length)
      for (const [index, alert] of api.items.entries()) {
        const link = links[index]!
        // Each alert links to its own entry on Hotspots.
        expect(link).toHaveAttribute('href', `/hotspots#alert-${alert.id}`)
        expect(link).toHaveTextContent({ yellowCard: '黄牌', redCard: '红牌', spike: '激增' }[alert.type])
        expect(link).toHaveTextContent(`发出于 ${formatChinaDateTime(alert.raisedAt, 'zh-CN')}`)
        expect(link).toHaveTextContent('未处理')
        if (alert.unit) {
          const name = units.items.find((unit) => unit.code === alert.unit)!.name
          expect(await within(link).findByText(name, {}, patiently)).toBeInTheDocument()
          expect(link).toHaveTextContent(
            `${alert.itemCount} 件${alert.type === 'redCard' ? '已逾期' : '即将到期'}`,
          )
        }
      }
      expect(within(panel).getByRole('link', { name: '查看热点分析' })).toHaveAttribute('href', '/hotspots')
    },
  )

  it('names a spike by its category and area', { timeout: 60_000 }, async () => {
    // The default city has no spike; the tourism surge raises one, open on this evening.
    cityAt('2026-11-28T20:00:00+08:00', 'tourism-surge')
    await signInAs('director')
    const panel = await renderStrip('en')
    const links = await alertLinks(panel)
    const api = await getJson<AlertPage>('/alerts?status=open&limit=5')
    const spikes = api.items.filter((alert) => alert.spike !== null)
    expect(spikes.length).toBeGreaterThan(0)
    expect(links).toHaveLength(api.items.length)
    const { t } = createI18n('en')
    for (const [index, alert] of api.items.entries()) {
      if (!alert.spike) continue
      const link = links[index]!
      const area = alert.spike.district ? t(`codes.district.${alert.spike.district}`) : 'whole city'
      expect(link).toHaveTextContent('Spike')
      expect(
        within(link).getByText(`${t(`codes.category.${alert.spike.category}`)} · ${area}`),
      ).toBeInTheDocument()
      expect(link).toHaveTextContent(`${formatCount(alert.spike.count, 'en')} items, threshold`)
    }
  })

  it('names the wall displays that stopped reporting, above the alerts, and only those', async () => {
    await signInAs('director')
    const display = (deviceId: string, quiet: boolean) => ({
      deviceId,
      appVersion: '0.1.0',
      scene: 'headline',
      dataAsOf: null,
      lastSeenAt: '2026-12-04T10:21:00+08:00',
      quiet,
    })
    server.use(
      http.get('*/api/v1/alerts', () =>
        HttpResponse.json({ asOf: '2026-12-04T10:30:00+08:00', items: [], nextCursor: null, total: 0 }),
      ),
      http.get('*/api/v1/wall-displays', () =>
        HttpResponse.json({
          asOf: '2026-12-04T10:30:00+08:00',
          quietAfterSeconds: 180,
          items: [display('<b>hall</b>-screen', true), display('lobby-screen-1', false)],
        }),
      ),
    )
    const panel = await renderStrip()
    expect(
      await within(panel).findByText(
        '1 块大屏超过 3 分钟没有报告状态，可能已关闭、卡住或断网',
        {},
        patiently,
      ),
    ).toBeInTheDocument()
    expect(
      within(panel).getByText(
        `<b>hall</b>-screen：最后报告于 ${formatChinaDateTime('2026-12-04T10:21:00+08:00', 'zh-CN')}`,
      ),
    ).toBeInTheDocument()
    expect(within(panel).queryByText(/lobby-screen-1/)).toBeNull()
    expect(panel.querySelector('b')).toBeNull()
    expect(within(panel).getByText('当前没有未处理的预警。')).toBeInTheDocument()
  })

  it('says nothing of wall displays while all of them report', async () => {
    await signInAs('director')
    const asked: string[] = []
    server.use(
      http.get('*/api/v1/wall-displays', ({ request }) => {
        asked.push(request.url)
        return HttpResponse.json({ asOf: '2026-12-04T10:30:00+08:00', quietAfterSeconds: 180, items: [] })
      }),
    )
    const panel = await renderStrip()
    await settled(panel)
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(within(panel).queryByText(/大屏/)).toBeNull()
  })

  it('says there are no open alerts when the page is empty', async () => {
    await signInAs('director')
    server.use(
      http.get('*/api/v1/alerts', () =>
        HttpResponse.json({ asOf: '2026-11-28T20:00:00+08:00', items: [], nextCursor: null, total: 0 }),
      ),
    )
    const panel = await renderStrip()
    expect(await within(panel).findByText('当前没有未处理的预警。', {}, patiently)).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('tells the wall display plainly that alerts are not for it', async () => {
    await signInAs('wall')
    const panel = await renderStrip()
    expect(await within(panel).findByText('当前账号不查看预警。', {}, patiently)).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).toBeNull()
    expect(within(panel).queryByRole('button')).toBeNull()
    expect(within(panel).queryByRole('link')).toBeNull()
  })

  it('shows a failure as this panel’s error', async () => {
    await signInAs('director')
    server.use(http.get('*/api/v1/alerts', () => HttpResponse.json({ items: 'none' })))
    const panel = await renderStrip()
    expect(await within(panel).findByRole('alert', {}, patiently)).toHaveTextContent(/items/)
  })
})
