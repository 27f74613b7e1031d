import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../../tests/unit/render-app'
import { patiently } from '../../../../tests/unit/render-query'
import { formatChinaDateTime, formatDeadline, formatMoneyFen } from '@/shared/lib/format'
import { zhCN } from '@/shared/i18n/resources/zh-cn-full'
import type { WorkOrderDetail } from '../model/work-order-detail'
import { runClockFrom } from '../../../../tests/unit/run-clock-from'

const stageNames = zhCN.codes.stage
const time = (instant: string) => formatChinaDateTime(instant, 'zh-CN')

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/**
 * A real work order of the simulated city (signed in as the director), on a morning when one is
 * under supervision: overdue work is rare in the calibrated city, and on some days none is.
 */
async function someOrderId(query = 'status=supervised'): Promise<string> {
  runClockFrom('2026-12-07T09:00:00+08:00')
  await signInAs('director')
  const page = await apiGet<{ items: { id: string }[] }>(`/work-orders?limit=1&${query}`)
  const id = page.items[0]?.id
  if (!id) throw new Error(`no work order for ${query}`)
  return id
}

async function openDrawer(name: RegExp | string) {
  return screen.findByRole('dialog', { name }, patiently)
}

describe('the work-order drawer', { timeout: 30_000 }, () => {
  it("shows every stage of the API's answer with its deadline, completion and on-time flag", async () => {
    const id = await someOrderId()
    await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    const detail = await apiGet<WorkOrderDetail>(`/work-orders/${id}`)

    const timeline = within(await within(dialog).findByRole('region', { name: '办理全过程' }, patiently))
    const items = timeline.getAllByRole('listitem')
    expect(items).toHaveLength(detail.stages.length)
    detail.stages.forEach((stage, index) => {
      const item = within(items[index]!)
      expect(item.getByText(stageNames[stage.code])).toBeInTheDocument()
      expect(
        item.getByText(stage.deadlineAt === null ? '无时限' : formatDeadline(stage.deadlineAt, 'zh-CN')),
      ).toBeInTheDocument()
      expect(
        item.getByText(stage.completedAt === null ? '未完成' : time(stage.completedAt)),
      ).toBeInTheDocument()
      const flag =
        stage.onTime === true
          ? '按时'
          : stage.onTime === false
            ? stage.completedAt === null
              ? '已超期'
              : '逾期完成'
            : stage.deadlineAt === null
              ? '不计时限'
              : '未到期'
      expect(item.getByText(flag)).toBeInTheDocument()
    })
    // Which stage is taking the time: named once in words and marked on its stage.
    expect(timeline.getByText(/^最耗时的环节：/)).toBeInTheDocument()
    expect(timeline.getAllByText('最耗时')).toHaveLength(1)

    // The reminders and supervisions the API lists, each with its own text.
    const reminders = within(within(dialog).getByRole('region', { name: '催办记录' }))
    expect(reminders.queryAllByRole('listitem')).toHaveLength(detail.reminders.length)
    for (const reminder of detail.reminders) {
      if (reminder.note !== '') expect(reminders.getAllByText(reminder.note).length).toBeGreaterThan(0)
    }
    const supervisions = within(within(dialog).getByRole('region', { name: '督办记录' }))
    expect(detail.supervisions.length).toBeGreaterThan(0)
    for (const supervision of detail.supervisions) {
      expect(supervisions.getByText(new RegExp(`由 ${supervision.openedBy} 一般督办（`))).toBeInTheDocument()
    }
    const outcome = within(within(dialog).getByRole('region', { name: '办理结果' }))
    expect(outcome.getByText(formatMoneyFen(detail.recoveredFen, 'zh-CN'))).toBeInTheDocument()
  })

  it('masks the contact, and reveals it to the director on request', async () => {
    const id = await someOrderId('status=open')
    const { user } = await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    const contact = within(await within(dialog).findByRole('region', { name: '联系人' }, patiently))
    const detail = await apiGet<WorkOrderDetail>(`/work-orders/${id}`)
    const masked = detail.contact.phone
    if (masked === null) throw new Error('expected a contact with a phone')
    expect(contact.getByText(masked)).toBeInTheDocument()

    await user.click(contact.getByRole('button', { name: '查看完整联系方式' }))
    const full = await contact.findByText(/^\d{11}$/, {}, patiently)
    // The same number: its first 3 and last 4 digits are the masked ones.
    const digits = full.textContent
    expect(`${digits.slice(0, 3)}****${digits.slice(-4)}`).toBe(masked)
    expect(contact.queryByText(masked)).toBeNull()
    expect(contact.getByRole('status')).toHaveTextContent('本次查看已记录')

    await user.click(contact.getByRole('button', { name: '隐藏' }))
    expect(contact.getByText(masked)).toBeInTheDocument()
  })

  it('offers no reveal to an account without the permission', async () => {
    const id = await someOrderId('status=open')
    const me = await apiGet<{ permissions: string[] }>('/me')
    server.use(
      http.get('*/api/v1/me', () =>
        HttpResponse.json({ ...me, permissions: me.permissions.filter((p) => p !== 'revealContact') }),
      ),
    )
    await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    const contact = within(await within(dialog).findByRole('region', { name: '联系人' }, patiently))
    expect(await contact.findByText('您的账号无权查看完整联系方式。', {}, patiently)).toBeInTheDocument()
    expect(contact.queryByRole('button', { name: '查看完整联系方式' })).toBeNull()
  })

  it('says plainly when the API refuses the reveal', async () => {
    const id = await someOrderId('status=open')
    server.use(
      http.post('*/api/v1/work-orders/:id/contact', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'The role staff may not do this' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    const contact = within(await within(dialog).findByRole('region', { name: '联系人' }, patiently))
    await user.click(contact.getByRole('button', { name: '查看完整联系方式' }))
    expect(await contact.findByRole('alert', {}, patiently)).toHaveTextContent(
      '无权查看完整联系方式。The role staff may not do this',
    )
    expect(contact.queryByText(/^\d{11}$/)).toBeNull()
  })

  it('shows a not-found state with a link back to the list for an unknown id', async () => {
    const { user, router } = await renderApp('/work-orders/RZ-19990101-9999?status=overdue')
    const dialog = await openDrawer('工单 RZ-19990101-9999')
    expect(
      await within(dialog).findByRole('heading', { name: '找不到该工单' }, patiently),
    ).toBeInTheDocument()
    const back = within(dialog).getByRole('link', { name: '返回工单列表' })
    expect(back).toHaveAttribute('href', '/work-orders?status=overdue')
    await user.click(back)
    await waitFor(() => expect(router.state.location.pathname).toBe('/work-orders'))
    expect(router.state.location.search).toEqual({ status: 'overdue' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it("says plainly that another unit's order is not the staff member's to see", async () => {
    await signInAs('director')
    const page = await apiGet<{ items: { id: string; unit: string }[] }>('/work-orders?limit=50')
    const other = page.items.find((item) => item.unit !== 'dg-bureau')
    if (!other) throw new Error('expected an order of another unit')
    await renderApp(`/work-orders/${other.id}`, { signedInAs: 'staff' })
    const dialog = await openDrawer(`工单 ${other.id}`)
    expect(
      await within(dialog).findByRole('heading', { name: '无权查看该工单' }, patiently),
    ).toBeInTheDocument()
    expect(within(dialog).getByText(/由其他承办单位办理/)).toBeInTheDocument()
    expect(within(dialog).getByRole('link', { name: '返回工单列表' })).toBeInTheDocument()
  })
})

describe('closing the drawer', { timeout: 30_000 }, () => {
  it('goes back to the list it was opened from on Escape, filters kept, focus returned', async () => {
    const id = await someOrderId()
    const { user, router } = await renderApp('/work-orders?status=supervised')
    const opener = screen.getByRole('link', { name: '返回总览' })
    opener.focus()
    await router.navigate({ to: '/work-orders/$id', params: { id }, search: (prev) => prev })
    const dialog = await openDrawer(`工单 ${id}`)
    expect(within(dialog).getByRole('heading', { level: 2, name: `工单 ${id}` })).toHaveFocus()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(router.state.location.pathname).toBe('/work-orders')
    expect(router.state.location.search).toEqual({ status: 'supervised' })
    expect(opener).toHaveFocus()

    // It went back in history, so Forward opens the same order again.
    router.history.forward()
    expect(await openDrawer(`工单 ${id}`)).toBeInTheDocument()
  })

  it('opens the list with the same filters from its own URL, with the Close button', async () => {
    const id = await someOrderId()
    const { user, router } = await renderApp(`/work-orders/${id}?district=371102`)
    const dialog = await openDrawer(`工单 ${id}`)
    await user.click(within(dialog).getByRole('button', { name: '关闭' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(router.state.location.pathname).toBe('/work-orders')
    expect(router.state.location.search).toEqual({ district: '371102' })
    expect(screen.getByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
  })
})

const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>'
// Within the contract's 2,000 characters, and far wider than the drawer.
const longWord = 'W'.repeat(1500)

/** A detail with every kind of deadline event, a case number and hostile text in each free field. */
function fabricatedDetail(id: string): WorkOrderDetail {
  return {
    asOf: '2026-12-05T10:00:00+08:00',
    id,
    kind: 'complaint',
    channel: 'hotline12345',
    district: '371102',
    category: 'prepaidCards',
    unit: 'dg-bureau',
    receivedAt: '2026-10-09T09:30:00+08:00',
    stage: 'followUp',
    dueAt: null,
    closed: true,
    closedAt: '2026-12-01T16:00:00+08:00',
    overdue: false,
    atRisk: false,
    supervised: false,
    overdueSince: null,
    consumerAssociation: true,
    summary: `${hostile} ${longWord}`,
    businessName: `\u202Eexe.txt\u202C ${hostile}`,
    stages: [
      { code: 'received', deadlineAt: null, completedAt: '2026-10-09T09:30:00+08:00', onTime: null },
      {
        code: 'dispatched',
        deadlineAt: '2026-10-13T00:00:00+08:00',
        completedAt: '2026-10-09T10:00:00+08:00',
        onTime: true,
      },
      {
        code: 'signed',
        deadlineAt: '2026-10-14T00:00:00+08:00',
        completedAt: '2026-10-09T11:00:00+08:00',
        onTime: true,
      },
      {
        code: 'accepted',
        deadlineAt: '2026-10-20T00:00:00+08:00',
        completedAt: '2026-10-21T11:00:00+08:00',
        onTime: false,
      },
      {
        code: 'mediated',
        deadlineAt: '2026-12-30T00:00:00+08:00',
        completedAt: '2026-12-01T15:00:00+08:00',
        onTime: true,
      },
      {
        code: 'closed',
        deadlineAt: '2026-12-30T00:00:00+08:00',
        completedAt: '2026-12-01T16:00:00+08:00',
        onTime: true,
      },
      {
        code: 'replied',
        deadlineAt: '2026-12-08T00:00:00+08:00',
        completedAt: '2026-12-02T09:00:00+08:00',
        onTime: true,
      },
      { code: 'followUp', deadlineAt: '2026-12-04T00:00:00+08:00', completedAt: null, onTime: false },
    ],
    events: [
      {
        type: 'return',
        id: 'ev-r',
        fromUnit: 'dg-heshan',
        toUnit: 'dg-bureau',
        returnedAt: '2026-10-13T10:00:00+08:00',
        returnDeadlineAt: '2026-10-13T00:00:00+08:00',
        redispatchedAt: '2026-10-13T15:00:00+08:00',
        reason: hostile,
      },
      {
        type: 'extension',
        id: 'ev-e',
        requestedAt: '2026-11-03T10:00:00+08:00',
        extraWorkingDays: 10,
        reason: hostile,
        status: 'approved',
        decidedAt: '2026-11-03T15:00:00+08:00',
        decidedBy: '副局长 李红',
      },
      {
        type: 'suspension',
        id: 'ev-s',
        reason: 'appraisal',
        startedAt: '2026-11-05T10:00:00+08:00',
        endedAt: '2026-11-10T10:00:00+08:00',
        workingDays: 3,
      },
    ],
    reminders: [
      {
        id: 'rm-1',
        workOrderId: id,
        at: '2026-10-19T09:00:00+08:00',
        method: 'phone',
        by: hostile,
        note: hostile,
      },
    ],
    supervisions: [
      {
        id: 'sv-1',
        workOrderId: id,
        unit: 'dg-bureau',
        reason: 'leaderAttention',
        level: 'listed',
        status: 'closed',
        openedAt: '2026-10-22T09:00:00+08:00',
        openedBy: '副局长 张伟',
        openedById: null,
        dueDate: '2026-10-30',
        note: hostile,
        closedAt: '2026-12-02T10:00:00+08:00',
        closedBy: '副局长 张伟',
        progress: [{ at: '2026-10-25T09:00:00+08:00', by: '承办人', note: hostile }],
      },
    ],
    resolution: 'caseFiled',
    recoveredFen: 1_234_500,
    disputedFen: 2_000_000,
    complaintToCase: '日市监立〔2026〕11300107号',
    satisfaction: null,
    contact: { masked: true, name: null, phone: null },
  }
}

describe('deadline moves, outcome and hostile text', { timeout: 30_000 }, () => {
  const id = 'RZ-20261009-0001'

  it('shows how each extension, suspension and return moved the deadline, and the outcome', async () => {
    server.use(http.get('*/api/v1/work-orders/:id', () => HttpResponse.json(fabricatedDetail(id))))
    await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    const events = within(await within(dialog).findByRole('region', { name: '延期、中止与退回' }, patiently))
    expect(events.getByText('已批准的延期和中止共使期限顺延 13 个工作日。')).toBeInTheDocument()
    expect(events.getByText('办结期限顺延 10 个工作日')).toBeInTheDocument()
    expect(events.getByText(`副局长 李红 于 ${time('2026-11-03T15:00:00+08:00')} 批准`)).toBeInTheDocument()
    expect(events.getByText('调解和办结期限顺延 3 个工作日')).toBeInTheDocument()
    expect(events.getByText('退回超时')).toBeInTheDocument()
    expect(
      events.getByText(`新承办单位的时限自 ${time('2026-10-13T15:00:00+08:00')} 重新派单起计算`),
    ).toBeInTheDocument()

    const outcome = within(within(dialog).getByRole('region', { name: '办理结果' }))
    expect(outcome.getByText('已立案查处')).toBeInTheDocument()
    expect(outcome.getByText(formatMoneyFen(1_234_500, 'zh-CN'))).toBeInTheDocument()
    expect(outcome.getByText('已立案：日市监立〔2026〕11300107号')).toBeInTheDocument()

    // The accepted stage was done late; the follow-up call is still open past its deadline.
    const stages = within(within(dialog).getByRole('region', { name: '办理全过程' })).getAllByRole('listitem')
    expect(within(stages[3]!).getByText('逾期完成')).toBeInTheDocument()
    expect(within(stages[7]!).getByText('已超期')).toBeInTheDocument()
    // An anonymous contact has nothing to reveal.
    const contact = within(within(dialog).getByRole('region', { name: '联系人' }))
    expect(contact.getAllByText('匿名')).toHaveLength(2)
    expect(contact.queryByRole('button')).toBeNull()
  })

  it('renders free text from the public as inert text', async () => {
    server.use(http.get('*/api/v1/work-orders/:id', () => HttpResponse.json(fabricatedDetail(id))))
    await renderApp(`/work-orders/${id}`)
    const dialog = await openDrawer(`工单 ${id}`)
    const summary = await within(dialog).findByText(`${hostile} ${longWord}`, {}, patiently)
    expect(summary).toHaveAttribute('dir', 'auto')
    expect(within(dialog).getAllByText(hostile).length).toBeGreaterThanOrEqual(5)
    expect(document.body.querySelector('dialog img, dialog script')).toBeNull()
    expect((window as { pwned?: number }).pwned).toBeUndefined()
  })

  it('speaks English too', async () => {
    server.use(http.get('*/api/v1/work-orders/:id', () => HttpResponse.json(fabricatedDetail(id))))
    await renderApp(`/work-orders/${id}`, { locale: 'en' })
    const dialog = await openDrawer(`Work order ${id}`)
    expect(
      await within(dialog).findByText('Closure deadline moved by 10 working days', {}, patiently),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })
})
