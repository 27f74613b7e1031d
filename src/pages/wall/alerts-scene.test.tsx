import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '@mocks/handlers'
import { createApiState } from '@mocks/api/api-state'
import { server } from '@mocks/node'
import type { components } from '@/shared/api/schema.gen'
import { codesZhCN } from '@/shared/i18n/resources/parts/codes.zh-cn'
import { renderApp } from '../../../tests/unit/render-app'

type AlertSummaryPage = components['schemas']['AlertSummaryPage']
type AlertSummary = components['schemas']['AlertSummary']
type Hotspots = components['schemas']['Hotspots']

const url = '/wall?scenes=alerts&interval=300'
const asOf = '2026-11-28T20:00:00+08:00'

function summary(id: string, raisedAt: string, changes: Partial<AlertSummary> = {}): AlertSummary {
  return {
    id,
    type: 'spike',
    status: 'open',
    raisedAt,
    itemCount: 120,
    unit: null,
    district: null,
    category: 'tourism',
    deadlineAt: null,
    spike: {
      category: 'tourism',
      district: null,
      windowFrom: '2026-11-21',
      windowTo: '2026-11-27',
      count: 120,
      baselineMean: 30,
      baselineStdDev: 10,
      threshold: 50,
      baselineMethod: 'previousPeriods',
    },
    acknowledgedAt: null,
    planCode: null,
    planActivatedAt: null,
    resolvedAt: null,
    businesses: [],
    ...changes,
  }
}

const redCard = summary('rc-dg-bureau-20261127', '2026-11-27T08:30:00+08:00', {
  type: 'redCard',
  itemCount: 4,
  unit: 'dg-bureau',
  district: '371102',
  category: null,
  spike: null,
  deadlineAt: '2026-11-27T00:00:00+08:00',
})
const tourismSpike = summary('sp-tourism-city-20261127', '2026-11-28T00:00:00+08:00')

const page = (items: AlertSummary[]): AlertSummaryPage => ({
  asOf,
  items,
  nextCursor: null,
  total: items.length,
})

function hotspots(items: Partial<Hotspots['items'][number]>[]): Hotspots {
  return {
    asOf,
    period: { from: '2026-11-22', to: '2026-11-28' },
    items: items.map((item) => ({
      category: 'cateringLodging',
      district: '371102',
      count: 40,
      baselineMean: 20,
      baselineStdDev: 5,
      threshold: 30,
      zScore: 4,
      change: 1,
      surge: false,
      baselineMethod: 'previousPeriods',
      keywords: [],
      ...item,
    })),
  }
}

/** Answers `GET /alert-summaries` with each of `answers` in turn (the last one from then on). */
function alertAnswers(...answers: object[]) {
  let call = 0
  server.use(
    http.get('*/api/v1/alert-summaries', () =>
      HttpResponse.json(answers[Math.min(call++, answers.length - 1)] as Record<string, unknown>),
    ),
  )
}

const openAlerts = () => screen.getByRole('region', { name: '处置中预警' })
const rising = () => screen.getByRole('region', { name: '上升热点（近 7 天）' })

describe('the wall: hotspots and alerts', () => {
  it('lists the open alerts the API gives, newest first, and the rising hotspots', async () => {
    // The surge city at a fixed instant: the tourism spike is open.
    server.use(
      ...createHandlers({
        state: createApiState({ now: () => Date.parse(asOf), scenario: 'tourism-surge' }),
      }),
    )
    await renderApp(url, { signedInAs: 'wall' })
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('热点与预警')
    const list = await within(openAlerts()).findByRole('list', {}, { timeout: 15_000 })
    const response = await fetch(new URL('/api/v1/alert-summaries?active=true&limit=6', document.baseURI))
    const api = (await response.json()) as AlertSummaryPage
    expect(api.items.length).toBeGreaterThan(0)
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(api.items.length)
    const units = (await (await fetch(new URL('/api/v1/units', document.baseURI))).json()) as {
      items: { code: string; name: string }[]
    }
    api.items.forEach((alert, i) => {
      // A spike names its category, a card its unit.
      const what =
        alert.category !== null
          ? codesZhCN.category[alert.category]
          : units.items.find((unit) => unit.code === alert.unit)?.name
      expect(rows[i]).toHaveTextContent(what ?? '')
    })
    expect(list).toHaveTextContent('激增')
    const hot = await within(rising()).findAllByRole('listitem', {}, { timeout: 15_000 })
    expect(hot.length).toBeGreaterThan(0)
    expect(hot.length).toBeLessThanOrEqual(5)
    // Nothing new on the first answer.
    expect(screen.queryByText('新')).not.toBeInTheDocument()
  }, 30_000)

  it('shows nothing a wall must not show, even if a server sent it', async () => {
    // A faulty server: withheld fields, a name with a phone number in it, a hostile unit name.
    const leaky = {
      asOf,
      nextCursor: null,
      total: 2,
      items: [
        {
          ...tourismSpike,
          businesses: [{ name: '海韵商行13812345678', count: 4 }],
          workOrderIds: ['RZ-20261128-0001'],
          acknowledgedBy: '王建国',
          plan: { code: 'taskForce', activatedBy: '王建国', note: '组长张伟 0633-8123456' },
        },
        redCard,
      ],
    }
    alertAnswers(leaky)
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({
          items: [{ code: 'dg-bureau', name: '<b>东港分局</b> 电话 138 1234 5678', district: '371102' }],
        }),
      ),
    )
    await renderApp(url, { signedInAs: 'wall' })
    const list = await within(openAlerts()).findByRole('list')
    await waitFor(() => expect(list).toHaveTextContent('<b>东港分局</b>'))
    const text = document.body.textContent
    expect(text).not.toMatch(/RZ-\d/)
    expect(text).not.toContain('王建国')
    expect(text).not.toContain('张伟')
    expect(text).not.toMatch(/1\s?3\s?8\s?1\s?2\s?3\s?4\s?5\s?6\s?7\s?8/)
    // Masked, and cut to fit its line.
    expect(list).toHaveTextContent(/涉及商家：海韵商行\*+…（4 件）/)
    // Text, never markup.
    expect(list.querySelector('b')).toBeNull()
  })

  it('shows how an alert is handled: acknowledged, or the plan and when it started', async () => {
    alertAnswers(
      page([
        {
          ...tourismSpike,
          status: 'planActivated',
          acknowledgedAt: '2026-11-28T09:00:00+08:00',
          planCode: 'taskForce',
          planActivatedAt: '2026-11-28T09:30:00+08:00',
        },
        { ...redCard, status: 'acknowledged', acknowledgedAt: '2026-11-28T10:00:00+08:00' },
      ]),
    )
    await renderApp(url, { signedInAs: 'wall' })
    const list = await within(openAlerts()).findByRole('list')
    const rows = within(list).getAllByRole('listitem')
    expect(rows[0]).toHaveTextContent(/已启动预案：工作专班（(11月28日 )?09:30）/)
    expect(rows[1]).toHaveTextContent('已确认，处置中')
  })

  it('leaves out business names and hotspots built from fewer than 3 items', async () => {
    alertAnswers(
      page([
        {
          ...tourismSpike,
          businesses: [
            { name: '金沙海鲜酒店', count: 5 },
            { name: '蓝海民宿', count: 2 },
          ],
        },
      ]),
    )
    server.use(
      http.get('*/api/v1/hotspots', () =>
        HttpResponse.json(
          hotspots([
            { category: 'tourism', district: '371103', count: 2 },
            { category: 'cateringLodging', district: '371102', count: 40, surge: true },
          ]),
        ),
      ),
    )
    await renderApp(url, { signedInAs: 'wall' })
    const list = await within(openAlerts()).findByRole('list')
    expect(list).toHaveTextContent('涉及商家：金沙海鲜酒店（5 件）')
    expect(list).not.toHaveTextContent('蓝海民宿')
    const hot = await within(rising()).findAllByRole('listitem')
    expect(hot).toHaveLength(1)
    expect(hot[0]).toHaveTextContent('餐饮住宿 · 东港区')
    expect(hot[0]).toHaveTextContent('激增')
    expect(rising()).not.toHaveTextContent('岚山区')
  })

  it('marks an alert that comes up while the wall runs, in the list and in the header', async () => {
    alertAnswers(page([redCard]), page([tourismSpike, redCard]))
    const { queryClient } = await renderApp(url, { signedInAs: 'wall' })
    const list = await within(openAlerts()).findByRole('list')
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    await queryClient.refetchQueries({ queryKey: ['alerts', 'summaries'] })
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2))
    const [arrived, known] = within(list).getAllByRole('listitem')
    expect(arrived).toHaveAttribute('data-new', 'true')
    expect(within(arrived!).getByText('新')).toBeInTheDocument()
    expect(known).toHaveAttribute('data-new', 'false')
    expect(screen.getByRole('status')).toHaveTextContent('新预警：激增 · 旅游 · 全市')
  })

  it('keeps the last alerts on screen when a refresh fails', async () => {
    alertAnswers(page([redCard]))
    const { queryClient } = await renderApp(url, { signedInAs: 'wall' })
    const list = await within(openAlerts()).findByRole('list')
    server.use(
      http.get('*/api/v1/alert-summaries', () =>
        HttpResponse.json({ type: 'about:blank', status: 500 }, { status: 500 }),
      ),
    )
    await queryClient.refetchQueries({ queryKey: ['alerts', 'summaries'] })
    await waitFor(() =>
      expect(queryClient.getQueryState(['alerts', 'summaries', { active: true, limit: 6 }])?.status).toBe(
        'error',
      ),
    )
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('热点与预警')
  })

  it('is skipped when its alerts and hotspots both failed with nothing to show', async () => {
    const failure = () => HttpResponse.json({ type: 'about:blank', status: 500 }, { status: 500 })
    server.use(http.get('*/api/v1/alert-summaries', failure), http.get('*/api/v1/hotspots', failure))
    await renderApp('/wall?scenes=alerts,headline&interval=300', { signedInAs: 'wall' })
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('关键指标'))
  })

  it('asks for no alerts when the link leaves the scene out and the chime off, and for them when the chime is on', async () => {
    let asked = 0
    server.use(
      http.get('*/api/v1/alert-summaries', () => {
        asked += 1
        return HttpResponse.json(page([redCard]))
      }),
    )
    await renderApp('/wall?scenes=ticker&interval=300', { signedInAs: 'wall' })
    await screen.findByRole('table')
    expect(asked).toBe(0)
    await renderApp('/wall?scenes=ticker&interval=300&chime=on', { signedInAs: 'wall' })
    await waitFor(() => expect(asked).toBeGreaterThan(0))
  })
})
