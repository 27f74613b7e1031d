import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render-app'
import { patiently } from '../render-query'
import { runClockFrom } from '../run-clock-from'

/**
 * The `hostile-text` city with one answer broken as a careless backend breaks it: `null` where
 * the contract says string, a number sent as a string. The panel that asked shows a readable
 * error naming the field; the rest of the page goes on with its data, and nothing crashes.
 */
type Json = Record<string, unknown>

/** The hostile city, its clock held at the moment of the call. */
function serveHostileCity() {
  const now = Date.now()
  server.use(...createHandlers({ state: createApiState({ now: () => now, scenario: 'hostile-text' }) }))
}

beforeEach(serveHostileCity)

const realHeader = 'X-Test-Real-Answer'

/** Serves `path`'s real answer changed by `breakIt`, only for GETs of that path. */
function breakAnswer(path: string, breakIt: (body: Json) => void) {
  server.use(
    http.get(`*/api/v1${path}`, async ({ request }) => {
      // Falls through to the hostile city's own handler: the real answer, to break.
      if (request.headers.get(realHeader)) return undefined
      const headers = new Headers(request.headers)
      headers.set(realHeader, '1')
      const body = (await (await fetch(request.url, { headers })).json()) as Json
      breakIt(body)
      return HttpResponse.json(body)
    }),
  )
}

describe('a broken answer in the hostile city', () => {
  it(
    'Overview: a rate sent as "NaN" is the six timely panel’s error; the key figures stand',
    { timeout: 60_000 },
    async () => {
      breakAnswer('/kpis/six-timely', (body) => {
        ;(body.items as Json[])[0]!.rate = 'NaN'
      })
      await renderApp('/?period=month')
      const panel = await screen.findByRole('region', { name: '六个及时' }, patiently)
      const alert = await within(panel).findByRole('alert', {}, patiently)
      expect(alert).toHaveTextContent('服务器返回的数据格式不符')
      expect(alert).toHaveTextContent('items.0.rate: number expected, got string')
      // The rest of the page: the figures, and the title.
      const received = screen.getByRole('article', { name: '受理量' })
      expect(await within(received).findByText(/^\d[\d,]*$/, {}, patiently)).toBeVisible()
      expect(screen.getByRole('heading', { level: 1, name: '总览' })).toBeVisible()
    },
  )

  it(
    'work orders: a business name sent as null is the list’s error; the tabs and the deadline wave stand',
    { timeout: 60_000 },
    async () => {
      breakAnswer('/work-orders', (body) => {
        ;(body.items as Json[])[0]!.businessName = null
      })
      await renderApp('/work-orders?status=open')
      const list = screen.getByRole('region', { name: '工单列表' })
      const alert = await within(list).findByRole('alert', {}, patiently)
      expect(alert).toHaveTextContent('items.0.businessName: string expected, got null')
      expect(screen.getByRole('navigation', { name: '工单状态' })).toBeInTheDocument()
      expect(await screen.findByRole('region', { name: /未来 \d+ 个工作日到期/ }, patiently)).toBeVisible()
    },
  )

  it(
    'the drawer: a reminder’s author sent as null is the drawer’s error; the list behind it stands',
    { timeout: 60_000 },
    async () => {
      // A morning with overdue work that has been pressed: on some days the city has none.
      runClockFrom('2026-12-07T09:00:00+08:00')
      serveHostileCity()
      await signInAs('director')
      const page = (await (
        await fetch(new URL('/api/v1/work-orders?status=overdue&limit=5', document.baseURI))
      ).json()) as { items: Json[] }
      const id = String(page.items[0]?.id)
      breakAnswer(`/work-orders/${id}`, (body) => {
        const reminders = body.reminders as Json[]
        if (reminders.length === 0) throw new Error('an overdue item has a reminder')
        reminders[0]!.by = null
        body.disputedFen = '1e309'
      })
      await renderApp(`/work-orders/${id}?status=overdue`)
      const dialog = await screen.findByRole('dialog', { name: `工单 ${id}` }, patiently)
      const alert = await within(dialog).findByRole('alert', {}, patiently)
      expect(alert).toHaveTextContent('服务器返回的数据格式不符')
      expect(alert).toHaveTextContent(
        /reminders\.0\.by: string expected, got null|disputedFen: number expected/,
      )
      const list = screen.getByRole('region', { name: '工单列表', hidden: true })
      expect(
        await within(list).findByRole('row', { name: new RegExp(id), hidden: true }, patiently),
      ).toBeTruthy()
    },
  )

  it(
    'a unit name sent as null: the ranking says so; the key figures go on',
    { timeout: 60_000 },
    async () => {
      breakAnswer('/units', (body) => {
        for (const unit of body.items as Json[]) unit.name = null
      })
      await renderApp('/?period=month')
      const ranking = await screen.findByRole('region', { name: '区县和承办单位排名' }, patiently)
      expect(await within(ranking).findByRole('alert', {}, patiently)).toHaveTextContent(
        'items.0.name: string expected, got null',
      )
      expect(screen.getByRole('article', { name: '受理量' })).toBeVisible()
    },
  )
})
