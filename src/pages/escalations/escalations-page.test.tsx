import { apiState, faults } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { runClockFrom } from '../../../tests/unit/run-clock-from'
import { addDays } from '@/entities/period/china-days'
import { chinaDay, formatCalendarDay } from '@/shared/lib/format'

beforeAll(() => {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI), init)
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/** Opens a supervision as the director through the API, as an earlier visit would have. */
async function superviseAs(dueDate: string): Promise<{ workOrderId: string; id: string }> {
  await signInAs('director')
  const me = await api<{ csrfToken: string }>('/me')
  const page = await api<{ items: { id: string; supervised: boolean }[] }>(
    '/work-orders?limit=20&status=open',
  )
  const order = page.items.find((item) => !item.supervised)
  if (!order) throw new Error('expected an open work order not under supervision')
  return api<{ workOrderId: string; id: string }>('/escalations', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': me.csrfToken,
      'Idempotency-Key': `test-${order.id}`,
    },
    body: JSON.stringify({ workOrderId: order.id, reason: 'leaderAttention', dueDate, note: '限期报告' }),
  })
}

const today = () => chinaDay(Date.now())
const day = (d: string) => formatCalendarDay(d, 'zh-CN')

/** The row of a work order on the page. */
async function rowOf(workOrderId: string) {
  const link = await screen.findByRole('link', { name: `查看工单 ${workOrderId}` }, patiently)
  const row = link.closest('li')
  if (!row) throw new Error('no row')
  return within(row)
}

const problem = (status: number, type: string) =>
  HttpResponse.json(
    { type: `https://duban.example/problems/${type}`, title: 'For developers', status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

describe('the escalations page', { timeout: 40_000 }, () => {
  it('groups what is under supervision by urgency, with the summary, and narrows to mine', async () => {
    const mine = await superviseAs(today())
    const orders = await api<{ items: { id: string; reminderCount: number }[] }>(
      '/work-orders?limit=500&status=supervised',
    )
    const { user } = await renderApp('/escalations')
    const dueToday = await screen.findByRole('region', { name: /^今日到期/ }, patiently)
    const row = within(
      within(dueToday)
        .getByRole('link', { name: `查看工单 ${mine.workOrderId}` })
        .closest('li')!,
    )
    expect(row.getByText('王建国')).toBeInTheDocument()
    expect(row.getByText('领导批示')).toBeInTheDocument()
    expect(row.getByText('督办级别').nextElementSibling).toHaveTextContent('一般督办')
    expect(row.getByText(day(today()))).toBeInTheDocument()
    const reminders = orders.items.find((item) => item.id === mine.workOrderId)?.reminderCount
    expect(row.getByText(String(reminders))).toBeInTheDocument()
    expect(row.getByText('今日到期')).toBeInTheDocument()

    const summary = within(screen.getByRole('region', { name: '督办概况' }))
    const open = await api<{ total: number }>('/escalations?status=open&limit=1')
    expect(summary.getByText('督办中').nextElementSibling).toHaveTextContent(String(open.total))

    await user.click(screen.getByRole('link', { name: '我督办的' }))
    await waitFor(() =>
      expect(screen.getByRole('link', { name: '我督办的' })).toHaveAttribute('aria-current', 'page'),
    )
    expect(screen.getByRole('link', { name: '全部督办' })).not.toHaveAttribute('aria-current')
    expect(summary.getByText('督办中').nextElementSibling).toHaveTextContent('1')
    const supervised = within(screen.getByRole('region', { name: /^督办中的工单/ }))
    expect(supervised.getAllByRole('link', { name: /^查看工单/ })).toHaveLength(1)
  })

  it("opens a row's work order in the drawer over the page", async () => {
    const mine = await superviseAs(today())
    const { user, router } = await renderApp('/escalations')
    await user.click(await screen.findByRole('link', { name: `查看工单 ${mine.workOrderId}` }, patiently))
    expect(
      await screen.findByRole('dialog', { name: `工单 ${mine.workOrderId}` }, patiently),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/escalations/${mine.workOrderId}`)
  })

  it('extends the report-by day at once, and puts it back when the API refuses', async () => {
    const mine = await superviseAs(today())
    const later = addDays(today(), 14)
    server.use(
      http.patch('*/api/v1/escalations/:id', async () => {
        await delay(400)
        return problem(409, 'state-conflict')
      }),
    )
    const { user } = await renderApp('/escalations')
    let row = await rowOf(mine.workOrderId)
    await user.click(row.getByRole('button', { name: '延长期限' }))
    const field = row.getByLabelText('新的报告期限')
    await user.clear(field)
    await user.type(field, later)
    await user.click(row.getByRole('button', { name: '保存新期限' }))
    // Shown before the answer (optimistic)…
    row = await rowOf(mine.workOrderId)
    expect(await row.findByText(day(later))).toBeInTheDocument()
    // …and back when the API refuses, the day typed kept for another try (the row moved between
    // groups and back, so it is looked up anew).
    const alert = await screen.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('操作没有执行')
    row = await rowOf(mine.workOrderId)
    expect(row.getByRole('alert')).toBe(alert)
    expect(row.getByText(day(today()))).toBeInTheDocument()
    expect(row.getByLabelText('新的报告期限')).toHaveValue(later)
  })

  it('closes a supervision after a dropped connection and a retry, acting once', async () => {
    const mine = await superviseAs(today())
    const patches: string[] = []
    server.use(
      http.patch('*/api/v1/escalations/:id', ({ request }) => {
        patches.push(request.headers.get('Idempotency-Key') ?? '')
      }),
    )
    faults.set('PATCH /escalations/{id}', { kind: 'network', times: 1 })
    const { user } = await renderApp('/escalations')
    const row = await rowOf(mine.workOrderId)
    await user.click(row.getByRole('button', { name: '结束督办' }))
    await user.type(row.getByRole('textbox', { name: '结束说明（可选）' }), '已办结')
    await user.click(row.getByRole('button', { name: '确认结束督办' }))
    const alert = await row.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('网络中断')
    expect(row.getByRole('textbox', { name: '结束说明（可选）' })).toHaveValue('已办结')
    await user.click(within(alert).getByRole('button', { name: '重试' }))

    expect(
      await screen.findByText(`工单 ${mine.workOrderId} 的督办已结束。`, {}, patiently),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: `查看工单 ${mine.workOrderId}` })).toBeNull(),
    )
    expect(patches).toHaveLength(2)
    expect(new Set(patches).size).toBe(1)
  })

  it('closes once for a double click', async () => {
    const mine = await superviseAs(today())
    const { user } = await renderApp('/escalations')
    const row = await rowOf(mine.workOrderId)
    await user.click(row.getByRole('button', { name: '结束督办' }))
    await user.type(row.getByRole('textbox', { name: '结束说明（可选）' }), '已办结')
    await user.dblClick(row.getByRole('button', { name: '确认结束督办' }))
    expect(
      await screen.findByText(`工单 ${mine.workOrderId} 的督办已结束。`, {}, patiently),
    ).toBeInTheDocument()
    const closed = await api<{ items: { id: string; progress: { note: string }[] }[] }>(
      '/escalations?status=closed&limit=500',
    )
    const item = closed.items.find((entry) => entry.id === mine.id)
    expect(item?.progress.filter((entry) => entry.note === '已办结')).toHaveLength(1)
  })

  it('says the last supervision closed, where the focus goes, when the list is left empty', async () => {
    // A morning when nothing else in the city is under supervision.
    runClockFrom('2026-12-01T09:00:00+08:00')
    const mine = await superviseAs(today())
    const { user } = await renderApp('/escalations')
    const row = await rowOf(mine.workOrderId)
    await user.click(row.getByRole('button', { name: '结束督办' }))
    await user.click(row.getByRole('button', { name: '确认结束督办' }))
    const list = screen.getByRole('region', { name: '督办中的工单' })
    expect(await within(list).findByText('没有督办中的工单。', {}, patiently)).toBeInTheDocument()
    const status = within(list).getByRole('status')
    expect(status).toHaveTextContent(`工单 ${mine.workOrderId} 的督办已结束。`)
    expect(status).toHaveFocus()
  })

  it('keeps a closing note typed when the session ended, and closes once after sign-in', async () => {
    const mine = await superviseAs(today())
    const { user } = await renderApp('/escalations')
    let row = await rowOf(mine.workOrderId)
    await user.click(row.getByRole('button', { name: '结束督办' }))
    await user.type(row.getByRole('textbox', { name: '结束说明（可选）' }), '承办单位已书面报告')

    // The session ends; sending finds out (401) and sign-in appears over the page.
    apiState.sessions.clear()
    await user.click(row.getByRole('button', { name: '确认结束督办' }))
    const signIn = await screen.findByRole('dialog', { name: '登录已过期' }, patiently)
    expect(screen.queryByText('承办单位已书面报告')).not.toBeInTheDocument()
    await user.type(within(signIn).getByLabelText('用户名'), 'director')
    await user.type(within(signIn).getByLabelText('密码'), 'duban-demo')
    await user.click(within(signIn).getByRole('button', { name: '登录' }))

    row = await rowOf(mine.workOrderId)
    const note = await row.findByRole('textbox', { name: '结束说明（可选）' }, patiently)
    expect(note).toHaveValue('承办单位已书面报告')
    await user.click(row.getByRole('button', { name: '确认结束督办' }))
    expect(
      await screen.findByText(`工单 ${mine.workOrderId} 的督办已结束。`, {}, patiently),
    ).toBeInTheDocument()
    const closed = await api<{ items: { id: string; progress: { note: string }[] }[] }>(
      '/escalations?status=closed&limit=500',
    )
    const item = closed.items.find((entry) => entry.id === mine.id)
    expect(item?.progress.filter((entry) => entry.note === '承办单位已书面报告')).toHaveLength(1)
  })

  it('says why a generated supervision cannot be closed by hand', async () => {
    // Overdue work is rare in the calibrated city: on some days no generated supervision is open.
    runClockFrom('2026-12-07T09:00:00+08:00')
    await signInAs('director')
    const open = await api<{ items: { workOrderId: string; id: string }[] }>(
      '/escalations?status=open&limit=50',
    )
    const generated = open.items.find((item) => item.id.includes('-D'))
    if (!generated) throw new Error('expected a generated supervision')
    const { user } = await renderApp('/escalations')
    const row = await rowOf(generated.workOrderId)
    await user.click(row.getByRole('button', { name: '结束督办' }))
    await user.click(row.getByRole('button', { name: '确认结束督办' }))
    expect(await row.findByRole('alert', {}, patiently)).toHaveTextContent(/^督办没有结束/)
  })

  it('shows staff their supervisions without the director’s actions, in English too', async () => {
    await renderApp('/escalations', { signedInAs: 'staff', locale: 'en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Escalations' })).toBeInTheDocument()
    expect(
      await screen.findByRole('region', { name: 'Supervision at a glance' }, patiently),
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Supervised by me' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Close supervision' })).toBeNull()
  })
})
