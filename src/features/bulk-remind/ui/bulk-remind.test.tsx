import { handlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { getResponse, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../../tests/unit/render-app'
import { patiently } from '../../../../tests/unit/render-query'
import { addDays } from '@/entities/period/china-days'
import { chinaDay } from '@/shared/lib/format'
import { runClockFrom } from '../../../../tests/unit/run-clock-from'

interface Detail {
  reminders: { method: string; note: string }[]
}

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const reminderCount = async (id: string) => (await apiGet<Detail>(`/work-orders/${id}`)).reminders.length

/** Every reminder POSTed, in order: the work order and its Idempotency-Key (the API still answers). */
function recordReminders() {
  const seen: { id: string; key: string | null }[] = []
  server.use(
    http.post('*/api/v1/work-orders/:id/reminders', ({ request, params }) => {
      seen.push({ id: String(params.id), key: request.headers.get('Idempotency-Key') })
      // No answer here: the mock API's own handler answers.
    }),
  )
  return seen
}

/** How many times the app asks for the table's rows (a page of 100, not a tab's count) from now on. */
function recordListRequests() {
  let count = 0
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    const rows = url.pathname.endsWith('/api/v1/work-orders') && url.searchParams.get('limit') === '100'
    if (request.method === 'GET' && rows) count += 1
  }
  server.events.on('request:start', onStart)
  return { count: () => count, stop: () => server.events.removeListener('request:start', onStart) }
}

const problem = (status: number, type: string) =>
  HttpResponse.json(
    { type: `https://duban.example/problems/${type}`, title: 'For developers', status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

const list = () => within(screen.getByRole('region', { name: /^工单列表：/ }))
const bodyRows = () => list().getAllByRole('row').slice(1)
const shownIds = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent)

/**
 * Open items received three to thirty days ago, as the director sees them, with their first rows
 * drawn. Not the newest: four in five questions are answered minutes after the call, and the mock
 * runs a live clock, so a question still open when the list was drawn could close before it was
 * reminded, and the API rightly refused it (a failure seen under a loaded CI machine).
 */
async function openList() {
  const today = chinaDay(Date.now())
  const view = await renderApp(
    `/work-orders?status=open&from=${addDays(today, -30)}&to=${addDays(today, -3)}`,
  )
  await waitFor(() => expect(bodyRows().length).toBeGreaterThan(3), patiently)
  return { ...view, ids: shownIds().slice(0, 3) as [string, string, string] }
}

describe('reminding several work orders at once', { timeout: 60_000 }, () => {
  it('reminds the chosen rows in one action, says so for each, and deselects them', async () => {
    const seen = recordReminders()
    const { user, ids } = await openList()
    const before = await Promise.all(ids.map(reminderCount))

    for (const id of ids) await user.click(list().getByRole('checkbox', { name: `选择 ${id}` }))
    const bar = screen.getByRole('group', { name: '批量操作' })
    expect(within(bar).getByRole('status')).toHaveTextContent('已选 3 项')
    expect(list().getByRole('checkbox', { name: '选择全部已载入的工单' })).toBePartiallyChecked()

    await user.click(within(bar).getByRole('button', { name: '批量催办' }))
    const dialog = within(screen.getByRole('dialog', { name: '批量催办' }))
    expect(dialog.getByText(/向所选 3 项工单的承办单位各发送一条催办/)).toBeInTheDocument()
    await user.click(dialog.getByRole('radio', { name: '电话' }))
    await user.type(dialog.getByRole('textbox', { name: '催办说明（可选）' }), '请今日内回复')
    const listRequests = recordListRequests()
    await user.dblClick(dialog.getByRole('button', { name: '发送催办（3 项）' }))

    expect(await dialog.findByText('全部 3 项已催办。', {}, patiently)).toBeInTheDocument()
    // The button pressed went away: the keyboard is on the summary, not lost to the page.
    expect(dialog.getByRole('status')).toHaveFocus()
    const results = within(dialog.getByRole('list', { name: '每项结果' }))
    for (const id of ids) {
      expect(results.getByText(id).closest('li')).toHaveTextContent(/已催办$/)
    }
    // One request per item, each with a key of its own, none sent twice for the double click.
    expect(seen.map((request) => request.id).sort()).toEqual([...ids].sort())
    expect(new Set(seen.map((request) => request.key)).size).toBe(3)
    // The list is asked for again once the run is over, not once per item.
    await waitFor(() => expect(listRequests.count()).toBe(1), patiently)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(listRequests.count()).toBe(1)
    listRequests.stop()
    const after = await Promise.all(ids.map(reminderCount))
    expect(after).toEqual(before.map((count) => count + 1))
    const detail = await apiGet<Detail>(`/work-orders/${ids[0]}`)
    expect(detail.reminders.at(-1)).toMatchObject({ method: 'phone', note: '请今日内回复' })

    await user.click(dialog.getByRole('button', { name: '完成' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    for (const id of ids) expect(list().getByRole('checkbox', { name: `选择 ${id}` })).not.toBeChecked()
    expect(screen.queryByRole('group', { name: '批量操作' })).toBeNull()
  })

  it('says which failed and why, retries only those with the same key, and sends nothing twice', async () => {
    const { user, ids } = await openList()
    const [reminded, closed, lost] = ids
    const before = await reminderCount(lost)
    const seen: { id: string; key: string | null }[] = []
    let loseNextAnswer = true
    server.use(
      http.post('*/api/v1/work-orders/:id/reminders', async ({ request, params }) => {
        seen.push({ id: String(params.id), key: request.headers.get('Idempotency-Key') })
        if (params.id === closed) return problem(409, 'state-conflict')
        if (params.id === lost && loseNextAnswer) {
          loseNextAnswer = false
          // The API records the reminder, but its answer never arrives.
          await getResponse(handlers, request.clone())
          return HttpResponse.error()
        }
        return undefined
      }),
    )

    for (const id of ids) await user.click(list().getByRole('checkbox', { name: `选择 ${id}` }))
    await user.click(screen.getByRole('button', { name: '批量催办' }))
    const dialog = within(screen.getByRole('dialog', { name: '批量催办' }))
    await user.type(dialog.getByRole('textbox', { name: '催办说明（可选）' }), '第二次提醒')
    await user.click(dialog.getByRole('button', { name: '发送催办（3 项）' }))

    expect(
      await dialog.findByText('已催办 1 项；未催办 1 项；发送失败 1 项。', {}, patiently),
    ).toBeInTheDocument()
    const results = within(dialog.getByRole('list', { name: '每项结果' }))
    const line = (id: string) => results.getByText(id).closest('li')
    expect(line(reminded)).toHaveTextContent(/已催办$/)
    expect(line(closed)).toHaveTextContent('未催办：工单已办结，无需催办。')
    expect(line(lost)).toHaveTextContent('发送失败：网络中断，无法确认是否送达。')
    expect(dialog.getByText(/发送失败的可以重试/)).toBeInTheDocument()
    // What was typed stays, as it was sent.
    expect(dialog.getByRole('textbox', { name: '催办说明（可选）' })).toHaveValue('第二次提醒')

    await user.click(dialog.getByRole('button', { name: '重试失败的 1 项' }))
    await waitFor(() => expect(line(lost)).toHaveTextContent(/已催办$/), patiently)
    expect(dialog.getByText('已催办 2 项；未催办 1 项。')).toBeInTheDocument()
    expect(dialog.queryByRole('button', { name: /^重试失败/ })).toBeNull()

    // Only the lost one went again, with the key it had: the API replayed its record.
    const keysOf = (id: string) => seen.filter((request) => request.id === id).map((request) => request.key)
    expect(keysOf(reminded)).toHaveLength(1)
    expect(keysOf(closed)).toHaveLength(1)
    expect(keysOf(lost)).toHaveLength(2)
    expect(keysOf(lost)[1]).toBe(keysOf(lost)[0])
    expect(await reminderCount(lost)).toBe(before + 1)

    // Done: the reminded leave the selection; the refused one stays, and so does the note.
    await user.click(dialog.getByRole('button', { name: '完成' }))
    expect(within(screen.getByRole('group', { name: '批量操作' })).getByRole('status')).toHaveTextContent(
      '已选 1 项',
    )
    expect(list().getByRole('checkbox', { name: `选择 ${closed}` })).toBeChecked()
    await user.click(screen.getByRole('button', { name: '批量催办' }))
    expect(
      within(screen.getByRole('dialog', { name: '批量催办' })).getByRole('textbox', {
        name: '催办说明（可选）',
      }),
    ).toHaveValue('第二次提醒')
  })

  it('works from the keyboard: Space chooses the focused row, the header all loaded rows', async () => {
    const { user, ids } = await openList()
    bodyRows()[0]?.focus()
    await user.keyboard(' {ArrowDown} ')
    expect(list().getByRole('checkbox', { name: `选择 ${ids[0]}` })).toBeChecked()
    expect(list().getByRole('checkbox', { name: `选择 ${ids[1]}` })).toBeChecked()
    // Tab from the current row reaches its checkbox.
    await user.tab()
    expect(list().getByRole('checkbox', { name: `选择 ${ids[1]}` })).toHaveFocus()
    await user.keyboard(' ')
    expect(list().getByRole('checkbox', { name: `选择 ${ids[1]}` })).not.toBeChecked()

    const all = list().getByRole('checkbox', { name: '选择全部已载入的工单' })
    await user.click(all)
    expect(all).toBeChecked()
    // The caption says how many rows are loaded.
    const loaded = /已载入 (\d+) 件/.exec(screen.getByText(/^工单列表：/).textContent)?.[1]
    expect(screen.getByRole('group', { name: '批量操作' })).toHaveTextContent(
      `已选 ${Math.min(Number(loaded), 100)} 项`,
    )
    await user.click(all)
    expect(screen.queryByRole('group', { name: '批量操作' })).toBeNull()
  })

  it('keeps a chosen row chosen while the table scrolls it away and back', async () => {
    // A period that ended days ago holds still, and is long enough to scroll; on this morning it
    // still has open items (around New Year's Day, all of them may be closed).
    runClockFrom('2026-12-07T10:00:00+08:00')
    const today = chinaDay(Date.now())
    const { user } = await renderApp(`/work-orders?from=${addDays(today, -40)}&to=${addDays(today, -10)}`)
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(3), patiently)
    const [first] = shownIds()
    const open = bodyRows().find((row) => within(row).queryByRole('checkbox') !== null)!
    const id = within(open).getByRole('rowheader').textContent
    await user.click(within(open).getByRole('checkbox', { name: `选择 ${id}` }))

    const scroller = screen.getByRole('region', { name: /^工单列表：/ })
    scroller.scrollTop = 40 * 80
    fireEvent.scroll(scroller)
    await waitFor(() => expect(shownIds()).not.toContain(first))
    expect(list().queryByRole('checkbox', { name: `选择 ${id}` })).toBeNull()
    expect(screen.getByRole('group', { name: '批量操作' })).toHaveTextContent('已选 1 项')

    scroller.scrollTop = 0
    fireEvent.scroll(scroller)
    expect(await list().findByRole('checkbox', { name: `选择 ${id}` })).toBeChecked()
  })

  it('offers open items only: a closed one has no checkbox, as the API would refuse it', async () => {
    const { user } = await renderApp('/work-orders?status=closed')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(3), patiently)
    expect(within(bodyRows()[0]!).queryByRole('checkbox')).toBeNull()
    expect(list().getByRole('checkbox', { name: '选择全部已载入的工单' })).toBeDisabled()
    bodyRows()[0]?.focus()
    await user.keyboard(' ')
    expect(screen.queryByRole('group', { name: '批量操作' })).toBeNull()
  })

  it('forgets the choice when the filters change', async () => {
    const { user, router, ids } = await openList()
    await user.click(list().getByRole('checkbox', { name: `选择 ${ids[0]}` }))
    expect(screen.getByRole('group', { name: '批量操作' })).toBeInTheDocument()
    await router.navigate({ to: '/work-orders', search: { status: 'overdue' } })
    await waitFor(() => expect(screen.queryByRole('group', { name: '批量操作' })).toBeNull())
  })

  it('speaks English', async () => {
    const view = await renderApp('/work-orders?status=open', { locale: 'en' })
    const table = () => within(screen.getByRole('region', { name: /^Work orders:/ }))
    await waitFor(() => expect(table().getAllByRole('row').length).toBeGreaterThan(2), patiently)
    const id = within(table().getAllByRole('row')[1]!).getByRole('rowheader').textContent
    await view.user.click(table().getByRole('checkbox', { name: `Select ${id}` }))
    const bar = within(screen.getByRole('group', { name: 'Bulk actions' }))
    expect(bar.getByRole('status')).toHaveTextContent('1 selected')
    await view.user.click(bar.getByRole('button', { name: 'Remind selected' }))
    const dialog = within(screen.getByRole('dialog', { name: 'Remind selected work orders' }))
    expect(dialog.getByRole('button', { name: 'Send reminder (1)' })).toBeInTheDocument()
  })
})

describe('without the remind permission', { timeout: 40_000 }, () => {
  it('offers no checkboxes and no bulk action', async () => {
    await signInAs('director')
    const me = await apiGet<{ permissions: string[] }>('/me')
    server.use(
      http.get('*/api/v1/me', () =>
        HttpResponse.json({ ...me, permissions: me.permissions.filter((p) => p !== 'remind') }),
      ),
    )
    await renderApp('/work-orders?status=open')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(3), patiently)
    expect(list().queryAllByRole('checkbox')).toEqual([])
    expect(screen.queryByRole('button', { name: '批量催办' })).toBeNull()
    expect(screen.getByText('上下方向键在行间移动，回车打开工单。')).toBeInTheDocument()
  })
})
