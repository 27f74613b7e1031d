import { server } from '@mocks/node'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiFetch } from './api-fetch'
import { clearEarlyResponses, earlyResponseMaxAgeMs, startEarlyRequest } from './early-responses'

const url = (path: string) => new URL(`/api/v1${path}`, document.baseURI)

/** Counts the requests the server sees for `path`, answering each with its number. */
function countRequests(path: string) {
  const seen = { count: 0 }
  server.use(
    http.get(`*/api/v1${path}`, () => {
      seen.count += 1
      return HttpResponse.json({ answer: seen.count })
    }),
  )
  return seen
}

afterEach(() => {
  clearEarlyResponses()
  vi.useRealTimers()
})

describe('early requests', () => {
  it('stand in for the first apiFetch GET of the same URL, once', async () => {
    const seen = countRequests('/kpis/summary')
    startEarlyRequest(url('/kpis/summary?from=2026-12-01&to=2026-12-05'))
    startEarlyRequest(url('/kpis/summary?from=2026-12-01&to=2026-12-05'))
    const query = { from: '2026-12-01', to: '2026-12-05' }
    await expect(apiFetch('/kpis/summary', { query })).resolves.toEqual({ answer: 1 })
    expect(seen.count).toBe(1)
    // Taken once: the next call asks the server again.
    await expect(apiFetch('/kpis/summary', { query })).resolves.toEqual({ answer: 2 })
  })

  it('are not taken for another URL, with headers of a caller, or after they went stale', async () => {
    const seen = countRequests('/me')
    startEarlyRequest(url('/me?x=1'))
    await expect(apiFetch('/me')).resolves.toEqual({ answer: 2 })

    startEarlyRequest(url('/me'))
    await expect(apiFetch('/me', { headers: { 'Accept-Language': 'en' } })).resolves.toEqual({ answer: 4 })

    // (The one the caller's headers declined is still waiting: forget it.)
    clearEarlyResponses()
    vi.useFakeTimers({ toFake: ['Date'] })
    startEarlyRequest(url('/me'))
    vi.setSystemTime(Date.now() + earlyResponseMaxAgeMs + 1)
    await apiFetch('/me')
    // The stale early request and the app's own: two requests, not one.
    vi.useRealTimers()
    await vi.waitFor(() => expect(seen.count).toBe(6))
  })

  it('fail the way the app’s own request would: an error status is an ApiError', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.json({ title: 'Not signed in' }, { status: 401 })))
    startEarlyRequest(url('/me'))
    await expect(apiFetch('/me')).rejects.toMatchObject({ kind: 'http', status: 401 })
  })
})
