import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import type { ExtensionRequest, ReturnedTicket } from '@/entities/decision/api/decision-mutations'
import { extensionRequestSchema, returnedTicketSchema } from '@/shared/api/validators.gen'

// The queues of the simulated city depend on the hour (the model decides most requests within
// the working day), so these tests serve queues of their own, in the contract's shape.
const asOf = '2026-12-04T10:00:00+08:00'

const request: ExtensionRequest = extensionRequestSchema.parse({
  id: 'RZ-20261120-0042-E1',
  workOrderId: 'RZ-20261120-0042',
  kind: 'complaint',
  unit: 'dg-bureau',
  stage: 'closed',
  requestedAt: '2026-12-03T15:20:00+08:00',
  extraWorkingDays: 5,
  reason: '<b>需要检测</b>机构出具报告',
  status: 'pending',
  deadlineAt: '2026-12-08T00:00:00+08:00',
  deadlineIfApproved: '2026-12-15T00:00:00+08:00',
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
})

const ticket: ReturnedTicket = returnedTicketSchema.parse({
  id: 'RZ-20261203-0007-R1',
  workOrderId: 'RZ-20261203-0007',
  kind: 'report',
  fromUnit: 'dg-bureau',
  returnedAt: '2026-12-04T09:10:00+08:00',
  returnDeadlineAt: '2026-12-06T00:00:00+08:00',
  onTime: true,
  reason: '不属于本单位辖区',
  status: 'pending',
  toUnit: null,
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
})

interface Served {
  /** POSTed decisions: path, Idempotency-Key and body. */
  posts: { path: string; key: string | null; body: unknown }[]
}

/** Serves one pending item per queue until a decision on it succeeds; `refuse` answers decisions. */
function serveQueues(refuse?: () => Response): Served {
  const served: Served = { posts: [] }
  let extensions = [request]
  let returns = [ticket]
  const page = (items: readonly unknown[]) =>
    HttpResponse.json({ asOf, items, nextCursor: null, total: items.length })
  server.use(
    http.get('*/api/v1/extension-requests', () => page(extensions)),
    http.get('*/api/v1/returned-tickets', () => page(returns)),
    http.post('*/api/v1/:queue/:id/:verdict', async ({ request: post, params }) => {
      const body: unknown = await post.json().catch(() => null)
      served.posts.push({ path: new URL(post.url).pathname, key: post.headers.get('Idempotency-Key'), body })
      if (refuse) return refuse()
      const status = params.verdict === 'approve' ? 'approved' : 'rejected'
      if (params.queue === 'extension-requests') {
        extensions = []
        return HttpResponse.json({ ...request, status })
      }
      returns = []
      return HttpResponse.json({ ...ticket, status, toUnit: (body as { toUnit?: string }).toUnit ?? null })
    }),
  )
  return served
}

const region = (name: string) => within(screen.getByRole('region', { name }))

describe('the approvals page', { timeout: 40_000 }, () => {
  it('lists what awaits a decision, with the deadline an extension would set, as inert text', async () => {
    serveQueues()
    await renderApp('/approvals')
    expect(await screen.findByRole('heading', { level: 1, name: '审批' })).toBeInTheDocument()
    const extensions = within(await screen.findByRole('region', { name: '延期申请' }, patiently))
    const item = within(await extensions.findByRole('article', { name: /RZ-20261120-0042/ }, patiently))
    expect(item.getByText('2026年12月7日 24:00')).toBeInTheDocument()
    expect(item.getByText(/2026年12月14日 24:00/)).toBeInTheDocument()
    expect(item.getByText(/延长 5 个工作日/)).toBeInTheDocument()
    expect(item.getByText('<b>需要检测</b>机构出具报告')).toBeInTheDocument()
    expect(document.querySelector('b')).toBeNull()
    expect(region('退单').getByText('在退单时限内退回')).toBeInTheDocument()
  })

  it('approves an extension once for a double click, and the queue empties', async () => {
    const served = serveQueues()
    const { user } = await renderApp('/approvals')
    const extensions = within(await screen.findByRole('region', { name: '延期申请' }, patiently))
    const item = within(await extensions.findByRole('article', { name: /RZ-20261120-0042/ }, patiently))
    await user.click(item.getByRole('button', { name: '批准' }))
    await user.type(item.getByLabelText('审批意见（可选）'), '同意延期')
    const form = within(item.getByRole('form', { name: '批准' }))
    await user.dblClick(form.getByRole('button', { name: '批准' }))
    expect(await extensions.findByText('没有待审批的延期申请。', {}, patiently)).toBeInTheDocument()
    expect(served.posts).toEqual([
      {
        path: '/api/v1/extension-requests/RZ-20261120-0042-E1/approve',
        key: expect.any(String) as string,
        body: { note: '同意延期' },
      },
    ])
    expect(extensions.getByRole('status')).toHaveTextContent('已批准 RZ-20261120-0042。')
  })

  it('rejects only with a reason, and keeps it when the API refuses', async () => {
    const served = serveQueues(() =>
      HttpResponse.json(
        { type: 'https://duban.example/problems/state-conflict', title: 'Conflict', status: 409 },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    const { user } = await renderApp('/approvals')
    const returns = within(await screen.findByRole('region', { name: '退单' }, patiently))
    const item = within(await returns.findByRole('article', { name: /RZ-20261203-0007/ }, patiently))
    await user.click(item.getByRole('button', { name: '驳回' }))
    const form = within(item.getByRole('form', { name: '驳回' }))
    await user.click(form.getByRole('button', { name: '驳回' }))
    expect(form.getByRole('alert')).toHaveTextContent('请填写驳回理由。')
    expect(served.posts).toHaveLength(0)

    await user.type(form.getByLabelText('驳回理由（必填）'), '属于本单位辖区，请继续办理')
    await user.click(form.getByRole('button', { name: '驳回' }))
    await waitFor(() => expect(served.posts).toHaveLength(1))
    expect(await form.findByRole('alert')).toHaveTextContent('操作没有执行：对象的状态已经改变')
    expect(form.getByLabelText('驳回理由（必填）')).toHaveValue('属于本单位辖区，请继续办理')
  })

  it('keeps the note when the connection drops, and a retry decides once with the same key', async () => {
    let dropped = false
    const served = serveQueues()
    server.use(
      http.post('*/api/v1/:queue/:id/:verdict', ({ request: post }) => {
        if (dropped) return undefined
        dropped = true
        served.posts.push({
          path: new URL(post.url).pathname,
          key: post.headers.get('Idempotency-Key'),
          body: null,
        })
        return HttpResponse.error()
      }),
    )
    const { user } = await renderApp('/approvals')
    const extensions = within(await screen.findByRole('region', { name: '延期申请' }, patiently))
    const item = within(await extensions.findByRole('article', { name: /RZ-20261120-0042/ }, patiently))
    await user.click(item.getByRole('button', { name: '批准' }))
    await user.type(item.getByLabelText('审批意见（可选）'), '同意延期')
    const form = within(item.getByRole('form', { name: '批准' }))
    await user.click(form.getByRole('button', { name: '批准' }))
    const alert = await form.findByRole('alert', {}, patiently)
    expect(alert).toHaveTextContent('网络中断')
    expect(form.getByLabelText('审批意见（可选）')).toHaveValue('同意延期')

    await user.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await extensions.findByText('没有待审批的延期申请。', {}, patiently)).toBeInTheDocument()
    expect(served.posts).toHaveLength(2)
    expect(served.posts[1]?.key).toBe(served.posts[0]?.key)
  })

  it('re-dispatches a return to a unit other than the one that returned it', async () => {
    const served = serveQueues()
    const { user } = await renderApp('/approvals')
    const returns = within(await screen.findByRole('region', { name: '退单' }, patiently))
    const item = within(await returns.findByRole('article', { name: /RZ-20261203-0007/ }, patiently))
    await user.click(item.getByRole('button', { name: '批准' }))
    const form = within(item.getByRole('form', { name: '批准' }))
    const units = form.getByRole('combobox', { name: '改派给' })
    expect(within(units).queryByRole('option', { name: '东港区市场监督管理局' })).not.toBeInTheDocument()
    await user.click(form.getByRole('button', { name: '批准' }))
    expect(form.getByRole('alert')).toHaveTextContent('请选择改派的承办单位。')
    const target = within(units).getAllByRole('option')[1]!
    await user.selectOptions(units, target)
    await user.click(form.getByRole('button', { name: '批准' }))
    expect(await returns.findByText('没有待审批的退单。', {}, patiently)).toBeInTheDocument()
    expect(served.posts[0]?.body).toEqual({ toUnit: (target as HTMLOptionElement).value })
  })

  it('counts what awaits a decision in the navigation, for a director only', async () => {
    serveQueues()
    await renderApp('/')
    const nav = screen.getByRole('navigation', { name: '主导航' })
    expect(await within(nav).findByRole('link', { name: /^审批\s*2 项待审批$/ }, patiently)).toHaveAttribute(
      'href',
      '/approvals',
    )
    // The phone's menu button, which the folded navigation hides behind, says it too.
    expect(screen.getByRole('button', { name: /^菜单\s*2 项待审批$/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  })

  it('speaks English', async () => {
    serveQueues()
    await renderApp('/approvals', { locale: 'en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Approvals' })).toBeInTheDocument()
    const extensions = within(await screen.findByRole('region', { name: 'Extension requests' }, patiently))
    expect(
      await extensions.findByText('5 more working days', { exact: false }, patiently),
    ).toBeInTheDocument()
  })
})
