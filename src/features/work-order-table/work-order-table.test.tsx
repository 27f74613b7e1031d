import { server } from '@mocks/node'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { addDays } from '@/entities/period/china-days'
import { chinaDay } from '@/shared/lib/format'
import { usePreferences } from '@/shared/preferences/preferences-store'

// Ended days ago, so the list holds still while a test scrolls it (the mock runs a live clock).
const today = chinaDay(Date.now())
const from = addDays(today, -40)
const to = addDays(today, -10)
const view = `from=${from}&to=${to}`

interface Page {
  total: number
  items: { id: string }[]
}

async function apiGet(path: string): Promise<Page> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  return (await response.json()) as Page
}

/** Every work-order list request the app makes, by its search params. */
function recordListRequests() {
  const seen: URLSearchParams[] = []
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/api/v1/work-orders')) seen.push(url.searchParams)
  }
  server.events.on('request:start', onStart)
  return { seen, stop: () => server.events.removeListener('request:start', onStart) }
}

const table = () => within(screen.getByRole('region', { name: /^工单列表：/ }))
const bodyRows = () => table().getAllByRole('row').slice(1)
const rowIds = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent)

describe('the work-order table', () => {
  it(
    'renders only the rows in view of a long list, and asks for more before the end',
    { timeout: 60_000 },
    async () => {
      await renderApp(`/work-orders?${view}`)
      const first = await apiGet(`/work-orders?${view}&limit=100`)
      expect(first.total).toBeGreaterThan(200)
      await waitFor(() => expect(rowIds()[0]).toBe(first.items[0]?.id), patiently)
      // A screen of rows and a few beyond, never the whole list.
      expect(bodyRows().length).toBeLessThanOrEqual(50)

      // Scrolled to the end of what is loaded: the next page is asked for, with the cursor.
      const requests = recordListRequests()
      try {
        const scroller = screen.getByRole('region', { name: /^工单列表：/ })
        scroller.scrollTop = 100 * 40
        fireEvent.scroll(scroller)
        await waitFor(() => expect(requests.seen).toHaveLength(1), patiently)
        expect(requests.seen[0]?.get('cursor')).toBeTruthy()
        // Seen once under a loaded CI machine: 300 rows loaded here. Not reproduced (25 runs
        // under load); the message says which pages were asked for, should it come back.
        const asked = () => requests.seen.map((params) => params.get('cursor') ?? 'first').join(', ')
        await waitFor(
          () =>
            expect(
              table().getByRole('table'),
              `pages asked for: ${asked()}; scrolled to ${scroller.scrollTop}`,
            ).toHaveAccessibleName(/已载入 200 件/),
          patiently,
        )
        expect(bodyRows().length).toBeLessThanOrEqual(60)
        expect(rowIds()).not.toContain(first.items[0]?.id)
      } finally {
        requests.stop()
      }
    },
  )

  it(
    'sorts by a deadline column through the URL, and the API answers in that order',
    { timeout: 60_000 },
    async () => {
      const { user, router } = await renderApp(`/work-orders?${view}&status=open`)
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0), patiently)
      const deadline = table().getByRole('columnheader', { name: /办理期限/ })
      expect(deadline).toHaveAttribute('aria-sort', 'none')

      await user.click(within(deadline).getByRole('link'))
      await waitFor(() =>
        expect(router.state.location.search).toMatchObject({ status: 'open', sort: 'dueAt' }),
      )
      const ascending = await apiGet(`/work-orders?${view}&status=open&sort=dueAt&limit=100`)
      await waitFor(
        () => expect(rowIds()).toEqual(ascending.items.slice(0, rowIds().length).map((i) => i.id)),
        patiently,
      )
      expect(table().getByRole('columnheader', { name: /办理期限/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      )

      await user.click(within(table().getByRole('columnheader', { name: /办理期限/ })).getByRole('link'))
      await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: '-dueAt' }))
      expect(table().getByRole('columnheader', { name: /办理期限/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      )
    },
  )

  it(
    'moves between rows with the arrow keys and opens one with Enter, keeping the view',
    { timeout: 60_000 },
    async () => {
      const { user, router } = await renderApp(`/work-orders?${view}&district=371102`)
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(3), patiently)
      const ids = rowIds()

      // One tab stop for the body: the first row.
      expect(bodyRows().filter((row) => row.tabIndex === 0)).toHaveLength(1)
      bodyRows()[0]?.focus()
      await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
      await waitFor(() => expect(document.activeElement).toBe(bodyRows()[1]))
      expect(bodyRows()[1]).toHaveAttribute('tabindex', '0')

      await user.keyboard('{Enter}')
      await waitFor(() => expect(router.state.location.pathname).toBe(`/work-orders/${ids[1]}`))
      expect(router.state.location.search).toMatchObject({ from, to, district: '371102' })
    },
  )

  it(
    'hides the columns the user unticks, remembers it, and keeps the number',
    { timeout: 30_000 },
    async () => {
      const { user } = await renderApp(`/work-orders?${view}`)
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0), patiently)
      await user.click(screen.getByText('表格设置'))
      await user.click(screen.getByRole('checkbox', { name: '渠道' }))
      await user.click(screen.getByRole('radio', { name: '紧凑' }))

      const headers = table()
        .getAllByRole('columnheader')
        .map((header) => header.textContent)
      expect(headers).not.toContain('渠道')
      // The director may remind: the checkbox column comes first, then the number.
      expect(headers.slice(0, 2)).toEqual(['选择全部已载入的工单', '工单编号'])
      // Sortable headers carry their order mark after the name.
      expect(headers.some((header) => header.startsWith('剩余时间'))).toBe(true)
      expect(within(bodyRows()[0]!).getAllByRole('cell')).toHaveLength(headers.length - 1)
      // Kept for the next visit, as the other preferences are.
      expect(usePreferences.getState()).toMatchObject({
        hiddenWorkOrderColumns: ['channel'],
        tableDensity: 'compact',
      })
      expect(screen.queryByRole('checkbox', { name: '工单编号' })).toBeNull()
    },
  )
})
