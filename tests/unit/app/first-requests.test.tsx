import { server } from '@mocks/node'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { firstRequests } from '@/app/first-requests'
import { resolveApiUrl } from '@/shared/api/api-url'
import { chinaDay } from '@/shared/lib/format'
import { renderApp } from '../render-app'

// The early requests only help if the app then asks for exactly the same URLs: a prediction
// that drifts from the routes and components would silently cost a request each time.
let requested: string[] = []
const record = ({ request }: { request: Request }) => {
  if (request.method === 'GET') requested.push(request.url)
}
beforeEach(() => {
  requested = []
  server.events.on('request:start', record)
})
afterEach(() => {
  server.events.removeListener('request:start', record)
})

const predicted = (url: string) => {
  const { pathname, search } = new URL(url, document.baseURI)
  return firstRequests(pathname, search, chinaDay(Date.now())).map((request) =>
    resolveApiUrl('/api/v1', request.path, request.query).toString(),
  )
}

describe('the requests started before the app loads', () => {
  it.each([
    '/',
    '/?period=quarter&compare=yearAgo&district=371102',
    '/?period=custom&from=2026-01-05&to=2026-02-20&channel=12315',
    '/?period=bogus&district=nowhere',
    '/work-orders?status=overdue',
    '/work-orders?district=371102&sort=dueAt',
  ])('are requests the app makes when it opens at %s', async (url) => {
    await renderApp(url)
    await screen.findByRole('heading', { level: 1 })
    const expected = predicted(url)
    expect(expected.length).toBeGreaterThan(0)
    await waitFor(() => expect(requested).toEqual(expect.arrayContaining(expected)))
  })

  it('include the key figures on the Overview, and nothing for the sign-in page or the wall', () => {
    expect(predicted('/').some((href) => href.includes('/api/v1/kpis/summary?'))).toBe(true)
    expect(predicted('/work-orders').some((href) => href.includes('/kpis/summary'))).toBe(false)
    const workOrders = predicted('/work-orders?status=overdue')
    expect(workOrders).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/api\/v1\/work-orders\?status=overdue&limit=100$/),
        expect.stringMatching(/\/api\/v1\/work-orders\?limit=1$/),
        expect.stringMatching(/\/api\/v1\/work-orders\?status=closed&limit=1$/),
        expect.stringMatching(/\/api\/v1\/units$/),
      ]),
    )
    expect(predicted('/sign-in')).toEqual([])
    expect(predicted('/wall')).toEqual([])
  })
})
