import { apiState } from '@mocks/handlers'
import { server } from '@mocks/node'
import type { QueryClient } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { extensionRequestSchema } from '@/shared/api/validators.gen'
import { renderApp, signInAs, type RenderAppResult } from '../render-app'
import { patiently } from '../render-query'

// Every page that shows personal data (a contact, the names and notes of supervisions, the
// reasons of requests), opened as the director: when the session ends under it and when the user
// signs out, the data leaves the screen and the query cache (README, "Roles and sessions"). The
// shell does it for every page at once; these cases make sure no page keeps its own copy.

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI), init)
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/** A note with a name in it, as people write them. */
const supervisionNote = '请联系投诉人张秀兰女士核实'
const requestReason = '需等待赵德明先生提供检测报告'

/** Puts an open work order under the director's supervision, with a note naming someone. */
async function supervise(): Promise<string> {
  await signInAs('director')
  const me = await api<{ csrfToken: string }>('/me')
  const page = await api<{ items: { id: string; supervised: boolean }[] }>(
    '/work-orders?limit=20&status=open',
  )
  const order = page.items.find((item) => !item.supervised)
  if (!order) throw new Error('expected an open work order not under supervision')
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  await api('/escalations', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': me.csrfToken,
      'Idempotency-Key': `personal-${order.id}`,
    },
    body: JSON.stringify({
      workOrderId: order.id,
      reason: 'leaderAttention',
      dueDate: today,
      note: supervisionNote,
    }),
  })
  return order.id
}

/** An extension request waiting for the director, its reason naming someone. */
function serveExtensionRequest(): void {
  const request = extensionRequestSchema.parse({
    id: 'RZ-20261120-0042-E1',
    workOrderId: 'RZ-20261120-0042',
    kind: 'complaint',
    unit: 'dg-bureau',
    stage: 'closed',
    requestedAt: '2026-12-03T15:20:00+08:00',
    extraWorkingDays: 5,
    reason: requestReason,
    status: 'pending',
    deadlineAt: '2026-12-08T00:00:00+08:00',
    deadlineIfApproved: '2026-12-15T00:00:00+08:00',
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
  })
  server.use(
    http.get('*/api/v1/extension-requests', () =>
      HttpResponse.json({ asOf: '2026-12-04T10:00:00+08:00', items: [request], nextCursor: null, total: 1 }),
    ),
  )
}

interface PersonalPage {
  name: string
  /** Opens the page and shows its personal data; returns the texts that are personal. */
  open: () => Promise<{ app: RenderAppResult; personal: string[] }>
}

const pages: PersonalPage[] = [
  {
    name: "a work order's detail, its contact revealed",
    open: async () => {
      await signInAs('director')
      const list = await api<{ items: { id: string }[] }>('/work-orders?limit=1&status=open')
      const id = list.items[0]!.id
      const app = await renderApp(`/work-orders/${id}`)
      const dialog = await screen.findByRole('dialog', { name: `工单 ${id}` }, patiently)
      const contact = within(await within(dialog).findByRole('region', { name: '联系人' }, patiently))
      await app.user.click(contact.getByRole('button', { name: '查看完整联系方式' }))
      const phone = (await contact.findByText(/^\d{11}$/, {}, patiently)).textContent
      return { app, personal: [phone, '王建国'] }
    },
  },
  {
    name: 'the escalations, with the supervisor and a note',
    open: async () => {
      const id = await supervise()
      const app = await renderApp(`/escalations/${id}`)
      const dialog = await screen.findByRole('dialog', { name: `工单 ${id}` }, patiently)
      expect(await within(dialog).findAllByText(new RegExp(supervisionNote), {}, patiently)).not.toHaveLength(
        0,
      )
      return { app, personal: [supervisionNote, '王建国'] }
    },
  },
  {
    name: 'the approvals, with the reason of a request',
    open: async () => {
      serveExtensionRequest()
      const app = await renderApp('/approvals')
      expect(await screen.findByText(requestReason, {}, patiently)).toBeInTheDocument()
      return { app, personal: [requestReason, '王建国'] }
    },
  },
]

/** Nothing of `personal` on the screen or in what the app keeps in memory of the API's answers. */
function expectGone(queryClient: QueryClient, personal: string[]): void {
  const onScreen = document.body.textContent
  const cached = JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data),
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.data),
  ])
  for (const text of personal) {
    expect(onScreen, 'on screen').not.toContain(text)
    expect(cached, 'in the query cache').not.toContain(text)
  }
}

const signOut = (user: UserEvent) =>
  user.click(within(screen.getAllByRole('banner')[0]!).getByRole('button', { name: '退出登录' }))

describe('personal data at the end of a session', { timeout: 40_000 }, () => {
  it.each(pages)('leaves $name when the session expires', async ({ open }) => {
    const { app, personal } = await open()
    for (const text of personal) expect(document.body.textContent).toContain(text)

    // The session ends on the server; the page's next request finds out.
    apiState.sessions.clear()
    await act(() => app.queryClient.invalidateQueries())
    expect(await screen.findByRole('dialog', { name: '登录已过期' }, patiently)).toBeInTheDocument()
    expectGone(app.queryClient, personal)
  })

  it.each(pages)('leaves $name when the user signs out', async ({ open }) => {
    const { app, personal } = await open()
    await signOut(app.user)
    expect(await screen.findByRole('heading', { level: 1, name: '登录督办' }, patiently)).toBeInTheDocument()
    expect(app.router.state.location.pathname).toBe('/sign-in')
    expectGone(app.queryClient, personal)
  })
})
