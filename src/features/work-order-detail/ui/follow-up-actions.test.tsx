import { apiState, faults } from '@mocks/handlers'
import { server } from '@mocks/node'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../../tests/unit/render-app'
import { patiently } from '../../../../tests/unit/render-query'
import { addDays } from '@/entities/period/china-days'
import { chinaDay } from '@/shared/lib/format'
import type { WorkOrderDetail } from '../model/work-order-detail'

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/**
 * An open work order not under supervision, of the simulated city, received three to thirty days
 * ago: the newest open items are mostly questions answered minutes after the call, and one could
 * close under the test (the mock runs a live clock).
 */
async function openOrderId(): Promise<string> {
  await signInAs('director')
  const today = chinaDay(Date.now())
  const page = await apiGet<{ items: { id: string; supervised: boolean }[] }>(
    `/work-orders?limit=20&status=open&from=${addDays(today, -30)}&to=${addDays(today, -3)}`,
  )
  const id = page.items.find((item) => !item.supervised)?.id
  if (!id) throw new Error('expected an open work order not under supervision')
  return id
}

async function openActions(id: string, options: Parameters<typeof renderApp>[1] = {}) {
  const view = await renderApp(`/work-orders/${id}`, options)
  const dialog = await screen.findByRole('dialog', {}, patiently)
  const region = await within(dialog).findByRole(
    'region',
    { name: options.locale === 'en' ? 'Reminders and supervision' : '催办与督办' },
    patiently,
  )
  return { ...view, dialog, actions: within(region) }
}

const problem = (status: number, type: string, extra: object = {}) =>
  HttpResponse.json(
    { type: `https://duban.example/problems/${type}`, title: 'For developers', status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

describe('reminding from the drawer', { timeout: 40_000 }, () => {
  it('records one reminder for a double click, says so, and lists it', async () => {
    const id = await openOrderId()
    const before = (await apiGet<WorkOrderDetail>(`/work-orders/${id}`)).reminders.length
    const { user, dialog, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '催办' }))
    await user.click(actions.getByRole('radio', { name: '电话' }))
    await user.type(actions.getByRole('textbox', { name: '催办说明（可选）' }), '请今日内回复')
    await user.dblClick(actions.getByRole('button', { name: '发送催办' }))

    expect(await actions.findByRole('status', {}, patiently)).toHaveTextContent(/^已催办（电话），记录于/)
    expect(actions.getByRole('button', { name: '催办' })).toHaveFocus()
    const after = await apiGet<WorkOrderDetail>(`/work-orders/${id}`)
    expect(after.reminders).toHaveLength(before + 1)
    // The detail was asked for again: the new reminder is in its history.
    const history = within(within(dialog).getByRole('region', { name: '催办记录' }))
    expect(await history.findByText('请今日内回复', {}, patiently)).toBeInTheDocument()
  })

  it('keeps what was typed when the connection drops, and a retry acts once', async () => {
    const id = await openOrderId()
    const before = (await apiGet<WorkOrderDetail>(`/work-orders/${id}`)).reminders.length
    const { user, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '催办' }))
    await user.type(actions.getByRole('textbox', { name: '催办说明（可选）' }), '第二次提醒')
    faults.set('POST /work-orders/{id}/reminders', { kind: 'network', times: 1 })
    await user.click(actions.getByRole('button', { name: '发送催办' }))

    const alert = await actions.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('网络中断，无法确认操作是否送达')
    expect(actions.getByRole('textbox', { name: '催办说明（可选）' })).toHaveValue('第二次提醒')
    await user.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await actions.findByRole('status', {}, patiently)).toHaveTextContent(/^已催办/)
    expect((await apiGet<WorkOrderDetail>(`/work-orders/${id}`)).reminders).toHaveLength(before + 1)
  })

  it('says plainly when the item changed under the user (409), keeping the note', async () => {
    const id = await openOrderId()
    server.use(http.post('*/api/v1/work-orders/:id/reminders', () => problem(409, 'state-conflict')))
    const { user, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '催办' }))
    await user.type(actions.getByRole('textbox', { name: '催办说明（可选）' }), '请回复')
    await user.click(actions.getByRole('button', { name: '发送催办' }))
    const alert = await actions.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('操作没有执行：对象的状态已经改变')
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull()
    expect(actions.getByRole('textbox', { name: '催办说明（可选）' })).toHaveValue('请回复')
  })
})

/** The next Saturday after today (China day): a rest day unless a make-up working day. */
function nextSaturday(): string {
  let day = addDays(chinaDay(Date.now()), 1)
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 6) day = addDays(day, 1)
  return day
}

describe('supervising from the drawer', { timeout: 40_000 }, () => {
  it('warns of a rest day, offers the next working day, and opens the supervision', async () => {
    const id = await openOrderId()
    const { user, dialog, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '督办' }))
    const date = actions.getByLabelText('报告期限')
    fireEvent.change(date, { target: { value: nextSaturday() } })
    const offer = await actions.findByRole('button', { name: /^改为下一个工作日/ }, patiently)
    expect(actions.getByText(/是(周末休息日|法定节假日)/)).toBeInTheDocument()
    await user.click(offer)
    expect((date as HTMLInputElement).value > nextSaturday()).toBe(true)
    await user.selectOptions(actions.getByRole('combobox', { name: '督办级别' }), '重点督办')
    await user.type(actions.getByRole('textbox', { name: '督办要求（可选）' }), '三日内书面报告')
    await user.click(actions.getByRole('button', { name: '下发督办单' }))

    expect(await actions.findByRole('status', {}, patiently)).toHaveTextContent(/^已下发督办单，报告期限/)
    expect(await actions.findByText('该工单正在督办中。', {}, patiently)).toBeInTheDocument()
    const history = within(within(dialog).getByRole('region', { name: '督办记录' }))
    expect(await history.findByText('三日内书面报告', {}, patiently)).toBeInTheDocument()
    expect(history.getByText(/ 重点督办（/)).toBeInTheDocument()
  })

  it('keeps what was typed when the connection drops; a retry double-clicked opens one supervision', async () => {
    const id = await openOrderId()
    const keys: (string | null)[] = []
    server.use(
      http.post('*/api/v1/escalations', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
      }),
    )
    faults.set('POST /escalations', { kind: 'network', times: 1 })
    const { user, dialog, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '督办' }))
    await user.type(actions.getByRole('textbox', { name: '督办要求（可选）' }), '限期三日')
    await user.click(actions.getByRole('button', { name: '下发督办单' }))
    expect(await actions.findByRole('alert', {}, patiently)).toHaveTextContent('网络中断')
    expect(actions.getByRole('textbox', { name: '督办要求（可选）' })).toHaveValue('限期三日')

    await user.dblClick(actions.getByRole('button', { name: '下发督办单' }))
    expect(await actions.findByRole('status', {}, patiently)).toHaveTextContent(/^已下发督办单/)
    const history = within(within(dialog).getByRole('region', { name: '督办记录' }))
    expect(await history.findByText('限期三日', {}, patiently)).toBeInTheDocument()
    const detail = await apiGet<{ supervisions: { note: string }[] }>(`/work-orders/${id}`)
    expect(detail.supervisions.filter((s) => s.note === '限期三日')).toHaveLength(1)
    expect(new Set(keys).size).toBe(1)
  })

  it('says so when another director supervised it first (409), keeping the note', async () => {
    const id = await openOrderId()
    server.use(http.post('*/api/v1/escalations', () => problem(409, 'state-conflict')))
    const { user, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '督办' }))
    await user.type(actions.getByRole('textbox', { name: '督办要求（可选）' }), '请今日报告')
    await user.click(actions.getByRole('button', { name: '下发督办单' }))
    const alert = await actions.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('操作没有执行：对象的状态已经改变')
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull()
    expect(actions.getByRole('textbox', { name: '督办要求（可选）' })).toHaveValue('请今日报告')
  })

  it('refuses a past day before sending, and shows the API refusing one plainly', async () => {
    const id = await openOrderId()
    const { user, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '督办' }))
    const date = actions.getByLabelText('报告期限')
    fireEvent.change(date, { target: { value: addDays(chinaDay(Date.now()), -1) } })
    expect(actions.getByText(/^报告期限不能早于今天（北京时间/)).toBeInTheDocument()
    expect(actions.getByRole('button', { name: '下发督办单' })).toBeDisabled()

    // The browser's day may be ahead of the server's: the API has the last word.
    const errors = [{ in: 'body', parameter: '/dueDate', code: 'range', message: 'before today' }]
    server.use(http.post('*/api/v1/escalations', () => problem(422, 'rule-violation', { errors })))
    fireEvent.change(date, { target: { value: addDays(chinaDay(Date.now()), 3) } })
    await user.type(actions.getByRole('textbox', { name: '督办要求（可选）' }), '限期报告')
    await user.click(actions.getByRole('button', { name: '下发督办单' }))
    const alert = await actions.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('操作没有执行：报告期限早于今天（北京时间），服务器未接受')
    expect(date).toHaveAttribute('aria-invalid', 'true')
    expect(actions.getByRole('textbox', { name: '督办要求（可选）' })).toHaveValue('限期报告')
  })

  it('offers only what /me allows: staff may remind, not supervise; others neither', async () => {
    const id = await openOrderId()
    const me = await apiGet<{ permissions: string[] }>('/me')
    server.use(
      http.get('*/api/v1/me', () =>
        HttpResponse.json({ ...me, permissions: me.permissions.filter((p) => p !== 'supervise') }),
      ),
    )
    const { actions } = await openActions(id)
    expect(actions.getByRole('button', { name: '催办' })).toBeInTheDocument()
    expect(actions.queryByRole('button', { name: '督办' })).toBeNull()
  })

  it('speaks English, labelled for the keyboard', async () => {
    const id = await openOrderId()
    const { user, actions } = await openActions(id, { locale: 'en' })
    const open = actions.getByRole('button', { name: 'Supervise' })
    expect(open).toHaveAttribute('aria-expanded', 'false')
    await user.click(open)
    expect(open).toHaveAttribute('aria-expanded', 'true')
    expect(actions.getByRole('combobox', { name: 'Reason' })).toBeInTheDocument()
    expect(actions.getByLabelText('Report by')).toBeInTheDocument()
    expect(actions.getByRole('button', { name: 'Issue supervision order' })).toBeInTheDocument()
  })
})

describe('without permission', { timeout: 40_000 }, () => {
  it('shows no actions to an account that may neither remind nor supervise', async () => {
    const id = await openOrderId()
    const me = await apiGet<{ permissions: string[] }>('/me')
    server.use(
      http.get('*/api/v1/me', () =>
        HttpResponse.json({
          ...me,
          permissions: me.permissions.filter((p) => p !== 'supervise' && p !== 'remind'),
        }),
      ),
    )
    await renderApp(`/work-orders/${id}`)
    const dialog = await screen.findByRole('dialog', {}, patiently)
    await within(dialog).findByRole('region', { name: '催办记录' }, patiently)
    await waitFor(() => expect(within(dialog).queryByRole('region', { name: '催办与督办' })).toBeNull())
  })
})

describe('a note typed when the session ended', { timeout: 40_000 }, () => {
  it('comes back in its open form after the same user signs in again, and is sent once', async () => {
    const id = await openOrderId()
    const before = (await apiGet<WorkOrderDetail>(`/work-orders/${id}`)).reminders.length
    const { user, dialog, actions } = await openActions(id)
    await user.click(actions.getByRole('button', { name: '催办' }))
    await user.type(actions.getByLabelText('催办说明（可选）'), '请今天下班前回电')

    // The session ends; sending finds out (401) and sign-in appears over the page.
    apiState.sessions.clear()
    await user.click(actions.getByRole('button', { name: '发送催办' }))
    const signIn = await screen.findByRole('dialog', { name: '登录已过期' })
    expect(dialog).not.toBeInTheDocument()
    expect(screen.queryByText('请今天下班前回电')).not.toBeInTheDocument()

    await user.type(within(signIn).getByLabelText('用户名'), 'director')
    await user.type(within(signIn).getByLabelText('密码'), 'duban-demo')
    await user.click(within(signIn).getByRole('button', { name: '登录' }))

    const drawer = await screen.findByRole('dialog', {}, patiently)
    expect(await within(drawer).findByLabelText('催办说明（可选）', {}, patiently)).toHaveValue(
      '请今天下班前回电',
    )
    await user.click(within(drawer).getByRole('button', { name: '发送催办' }))
    await waitFor(() => expect(within(drawer).queryByLabelText('催办说明（可选）')).not.toBeInTheDocument())
    const after = await apiGet<WorkOrderDetail>(`/work-orders/${id}`)
    expect(after.reminders).toHaveLength(before + 1)
    expect(after.reminders.at(-1)?.note).toBe('请今天下班前回电')
  })
})
