import { apiState } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import type { components } from '@/shared/api/schema.gen'

type AlertPage = components['schemas']['AlertPage']
type WorkOrderPage = components['schemas']['WorkOrderPage']

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const problem = (status: number, type: string) =>
  HttpResponse.json(
    { type: `https://duban.example/problems/${type}`, title: 'For developers', status },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

/** The open tourism spike of the surge city, as the API lists it. */
async function openSpike() {
  const page = await getJson<AlertPage>('/alerts?type=spike&status=open')
  const alert = page.items[0]
  if (!alert) throw new Error('the surge raised no open spike')
  return alert
}

/** The entry of an alert in the section, found by its heading. */
async function entryOf(id: string) {
  const heading = await waitFor(() => {
    const element = document.getElementById(`alert-${id}-title`)
    if (!element) throw new Error(`no entry for ${id}`)
    return element
  }, patiently)
  const item = heading.closest('li')
  if (!item) throw new Error('no entry')
  return { heading, entry: within(item) }
}

afterEach(() => {
  if (apiState.scenario !== 'calibrated') apiState.useScenario('calibrated')
})

describe('the alerts section of Hotspots', () => {
  it(
    'lets a director acknowledge, activate a plan with its lead and resolve, with the history shown',
    { timeout: 90_000 },
    async () => {
      apiState.useScenario('tourism-surge')
      const { user } = await renderApp('/hotspots')
      const alert = await openSpike()
      const { heading, entry } = await entryOf(alert.id)
      expect(entry.getByText('待处置')).toBeInTheDocument()
      expect(entry.getByRole('link', { name: `查看这 ${alert.itemCount} 件工单` })).toHaveAttribute(
        'href',
        `/work-orders?alert=${alert.id}`,
      )
      const steps = entry.getByRole('list', { name: '处置进度' })
      expect(within(steps).getByText('发出').closest('li')).toHaveAttribute('aria-current', 'step')

      await user.click(entry.getByRole('button', { name: '确认预警' }))
      await waitFor(() => expect(entry.getByText('已确认', { selector: 'p' })).toBeInTheDocument(), patiently)
      await waitFor(() => expect(heading).toHaveFocus())
      expect(entry.getByRole('status')).toHaveTextContent('已确认。')
      expect(entry.queryByRole('button', { name: '确认预警' })).toBeNull()
      expect(entry.getByText('王建国 确认')).toBeInTheDocument()

      await user.click(entry.getByRole('button', { name: '启动预案…' }))
      const form = entry.getByRole('form', { name: '启动预案' })
      // A plan needs its lead.
      await user.click(within(form).getByRole('button', { name: '启动' }))
      expect(within(form).getByRole('alert')).toHaveTextContent('请填写负责人。')
      expect(within(form).getByLabelText('负责人')).toHaveFocus()
      await user.type(within(form).getByLabelText('负责人'), '李海燕')
      await user.type(within(form).getByLabelText('说明（选填）'), '<b>专班</b>进驻景区')
      await user.click(within(form).getByRole('button', { name: '启动' }))
      await waitFor(
        () => expect(entry.getByText(/预案：工作专班，负责人 李海燕/)).toBeInTheDocument(),
        patiently,
      )
      // Notes are text, never markup.
      expect(entry.getByText('<b>专班</b>进驻景区')).toBeInTheDocument()

      await user.click(entry.getByRole('button', { name: '办结…' }))
      const resolveForm = entry.getByRole('form', { name: '办结预警' })
      await user.click(within(resolveForm).getByRole('button', { name: '办结' }))
      expect(within(resolveForm).getByRole('alert')).toHaveTextContent('请填写处置情况。')
      await user.type(within(resolveForm).getByLabelText('处置情况（必填）'), '约谈旅行社 3 家，退款 42 起')
      await user.click(within(resolveForm).getByRole('button', { name: '办结' }))
      // Resolved leaves the default filter (being handled): choose the resolved ones.
      await waitFor(() => expect(document.getElementById(`alert-${alert.id}-title`)).toBeNull(), patiently)
      await user.selectOptions(screen.getByLabelText('状态'), '已办结')
      const resolved = await entryOf(alert.id)
      expect(resolved.entry.getByText('王建国 办结')).toBeInTheDocument()
      expect(resolved.entry.getByText('约谈旅行社 3 家，退款 42 起')).toBeInTheDocument()
      expect(resolved.entry.queryByRole('group', { name: '处置操作' })).toBeNull()
      const api = await getJson<AlertPage>('/alerts?status=resolved')
      expect(api.items.map((a) => a.id)).toEqual([alert.id])
      expect(api.items[0]?.plan).toMatchObject({ code: 'taskForce', lead: '李海燕' })
    },
  )

  it(
    'says a second acknowledgement was refused (409) and shows the alert as it now is',
    { timeout: 60_000 },
    async () => {
      apiState.useScenario('tourism-surge')
      const { user } = await renderApp('/hotspots')
      const alert = await openSpike()
      const { entry } = await entryOf(alert.id)
      // Someone else acknowledged it meanwhile: the API refuses, and the list refreshes.
      server.use(
        http.post('*/api/v1/alerts/:id/acknowledge', () => problem(409, 'state-conflict'), { once: true }),
      )
      await user.click(entry.getByRole('button', { name: '确认预警' }))
      expect(await entry.findByRole('alert', {}, patiently)).toHaveTextContent('对象的状态已经改变')
    },
  )

  it(
    'keeps what was typed when an action fails (403, network) and retries with the same key',
    { timeout: 60_000 },
    async () => {
      apiState.useScenario('tourism-surge')
      const { user } = await renderApp('/hotspots')
      const alert = await openSpike()
      const { entry } = await entryOf(alert.id)
      await user.click(entry.getByRole('button', { name: '启动预案…' }))
      const form = entry.getByRole('form', { name: '启动预案' })
      await user.type(within(form).getByLabelText('负责人'), '李海燕')
      await user.type(within(form).getByLabelText('说明（选填）'), '专班')

      server.use(
        http.post('*/api/v1/alerts/:id/activate-plan', () => problem(403, 'forbidden'), { once: true }),
      )
      await user.click(within(form).getByRole('button', { name: '启动' }))
      expect(await within(form).findByRole('alert', {}, patiently)).toHaveTextContent('无权执行此操作')
      expect(within(form).getByLabelText('负责人')).toHaveValue('李海燕')

      const keys: (string | null)[] = []
      server.use(
        http.post(
          '*/api/v1/alerts/:id/activate-plan',
          ({ request }) => {
            keys.push(request.headers.get('Idempotency-Key'))
            return HttpResponse.error()
          },
          { once: true },
        ),
      )
      await user.click(within(form).getByRole('button', { name: '启动' }))
      const failure = await within(form).findByRole('alert', {}, patiently)
      expect(failure).toHaveTextContent('网络中断')
      expect(within(form).getByLabelText('说明（选填）')).toHaveValue('专班')
      server.use(
        http.post('*/api/v1/alerts/:id/activate-plan', ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'))
        }),
      )
      await user.click(within(failure).getByRole('button', { name: '重试' }))
      await waitFor(
        () => expect(entry.getByText(/预案：工作专班，负责人 李海燕/)).toBeInTheDocument(),
        patiently,
      )
      expect(keys).toHaveLength(2)
      expect(keys[1]).toBe(keys[0])
    },
  )

  it('shows staff the alerts without any action', { timeout: 60_000 }, async () => {
    apiState.useScenario('tourism-surge')
    await renderApp('/hotspots', { signedInAs: 'staff' })
    const alert = await openSpike()
    const { entry } = await entryOf(alert.id)
    expect(entry.getByText('待处置')).toBeInTheDocument()
    expect(entry.queryByRole('button')).toBeNull()
    expect(screen.getByText('确认、启动预案和办结由局领导操作。')).toBeInTheDocument()
  })

  it(
    "links to the alert's work orders, and the list's total is the alert's count",
    { timeout: 90_000 },
    async () => {
      apiState.useScenario('tourism-surge')
      const { user, router } = await renderApp('/hotspots', { locale: 'en' })
      const alert = await openSpike()
      const { entry } = await entryOf(alert.id)
      const link = entry.getByRole('link', { name: `View the ${alert.itemCount} work orders` })
      await user.click(link)
      await waitFor(() => expect(router.state.location.search).toMatchObject({ alert: alert.id }))
      const api = await getJson<WorkOrderPage>(`/work-orders?alert=${alert.id}&limit=1`)
      expect(api.total).toBe(alert.itemCount)
      expect(
        await screen.findByText(`the work orders behind alert ${alert.id}`, {}, patiently),
      ).toBeInTheDocument()
      // The list's own total, on screen, is the alert's count.
      expect(await screen.findByText(`${alert.itemCount} in all`, {}, patiently)).toBeInTheDocument()
      const clear = screen.getByRole('link', { name: 'Clear the alert filter' })
      expect(clear).toHaveAttribute('href', '/work-orders')
    },
  )
})
