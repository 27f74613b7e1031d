import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { workOrderSummary } from '../../../tests/unit/work-order-summary'
import { workingCalendar } from '@/entities/calendar/model/working-days'
import { chinaDay, formatCalendarDay, formatCount } from '@/shared/lib/format'
import { waveDays } from './deadline-wave'

interface ListPage {
  asOf: string
  nextCursor: string | null
  items: { unit: string; dueAt: string | null; closed: boolean }[]
}

async function apiGet<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(`/api/v1${path}`, document.baseURI))).json()) as T
}

/** Every open item of a unit, straight from the API, page after page. */
async function openItemsOf(unit: string) {
  const items: ListPage['items'] = []
  let cursor = ''
  do {
    const page = await apiGet<ListPage>(`/work-orders?status=open&unit=${unit}&limit=500${cursor}`)
    items.push(...page.items)
    cursor = page.nextCursor === null ? '' : `&cursor=${encodeURIComponent(page.nextCursor)}`
  } while (cursor)
  return items
}

/** An instant as the API writes it: China time with its offset, to the second. */
const chinaIso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`

const wavePanel = () => within(screen.getByRole('region', { name: '未来 5 个工作日到期' }))

describe('the deadline wave', () => {
  it(
    'counts each unit’s open items by the working day their deadline ends',
    { timeout: 60_000 },
    async () => {
      // The city's clock stands still, so no item falls due or arrives between the page's count
      // and the test's own.
      const now = Date.now()
      server.use(...createHandlers({ state: createApiState({ now: () => now }) }))
      await signInAs('director')
      await renderApp('/work-orders?status=closed&from=2026-01-01&to=2026-01-31')
      const table = await wavePanel().findByRole('table', {}, patiently)

      const today = chinaDay(now)
      const years = [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]
      const calendars = await Promise.all(years.map((year) => apiGet<never>(`/calendar/${year}`)))
      const days = waveDays(today, workingCalendar(calendars))

      const units = await apiGet<{ items: { code: string; name: string }[] }>('/units')
      const firstRow = within(table).getAllByRole('row')[1]!
      const name = within(firstRow).getByRole('rowheader').textContent
      const unit = units.items.find((u) => u.name === name)!
      // The list's own filters (a closed month) do not narrow the wave: it is about open items.
      const items = await openItemsOf(unit.code)
      const expected = days.map(
        (day) =>
          items.filter(
            (item) =>
              item.dueAt !== null &&
              Date.parse(item.dueAt) > now &&
              chinaDay(Date.parse(item.dueAt) - 1) === day,
          ).length,
      )
      const cells = within(firstRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
      expect(cells).toEqual(
        [...expected, expected.reduce((a, b) => a + b, 0)].map((n) => formatCount(n, 'zh-CN')),
      )
      expect(expected.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)

      // The unit's name filters the list to its open items in deadline order.
      expect(within(firstRow).getByRole('link', { name: /的在办工单/ })).toHaveAttribute(
        'href',
        `/work-orders?unit=${unit.code}&status=open&sort=dueAt`,
      )
      // A count filters it to the items it counts: that unit's, due that day.
      const i = expected.findIndex((n) => n > 0)
      const dayName = formatCalendarDay(days[i]!, 'zh-CN', 'monthDay')
      const count = within(firstRow).getByRole('link', {
        name: new RegExp(`${dayName} 到期 ${String(expected[i])} 件`),
      })
      expect(count).toHaveAttribute(
        'href',
        `/work-orders?unit=${unit.code}&status=open&dueFrom=${days[i]!}&dueTo=${days[i]!}&sort=dueAt`,
      )
      await userEvent.click(count)
      expect(
        await screen.findByText(`共 ${formatCount(expected[i], 'zh-CN')} 件`, {}, patiently),
      ).toBeInTheDocument()
      // The router marks the link of the view shown: that cell.
      const shown = within(await wavePanel().findByRole('table', {}, patiently))
      expect(shown.getByRole('link', { current: 'page' })).toHaveTextContent(String(expected[i]))
    },
  )

  it('says so when nothing falls due, instead of a table of zeros', { timeout: 30_000 }, async () => {
    server.use(
      http.get('*/api/v1/work-orders', () =>
        HttpResponse.json({
          asOf: chinaIso(Date.now()),
          items: [],
          nextCursor: null,
          total: 0,
          recoveredFen: 0,
        }),
      ),
    )
    await renderApp('/work-orders')
    expect(
      await wavePanel().findByText('今后 5 个工作日内没有到期的在办工单。', {}, patiently),
    ).toBeInTheDocument()
  })

  it('renders hostile unit names as text', { timeout: 30_000 }, async () => {
    const hostile = '<img src=x onerror="window.pwned=1">'
    await signInAs('director')
    const year = Number(chinaDay(Date.now()).slice(0, 4))
    const calendar = workingCalendar(
      await Promise.all([year, year + 1].map((y) => apiGet<never>(`/calendar/${y}`))),
    )
    // Noon of the next working day: inside the wave whatever the date.
    const day = waveDays(chinaDay(Date.now() + 86_400_000), calendar, 1)[0]
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({ items: [{ code: 'dg-bureau', name: hostile, district: '371102' }] }),
      ),
      http.get('*/api/v1/work-orders', () => {
        const due = `${day}T12:00:00+08:00`
        return HttpResponse.json({
          asOf: chinaIso(Date.now()),
          items: [
            workOrderSummary({
              receivedAt: chinaIso(Date.now() - 86_400_000),
              dueAt: due,
              atRisk: true,
              summary: hostile,
              businessName: hostile,
            }),
          ],
          nextCursor: null,
          total: 1,
          recoveredFen: 0,
        })
      }),
    )
    const { container } = await renderApp('/work-orders')
    const link = await wavePanel().findByRole(
      'link',
      { name: `查看 ${hostile} 的在办工单（按期限排序）` },
      patiently,
    )
    expect(link).toHaveTextContent(hostile)
    expect(container.querySelector('img')).toBeNull()
  })
})
