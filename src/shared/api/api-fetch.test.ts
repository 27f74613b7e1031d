import { server } from '@mocks/node'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { ApiError } from './api-error'
import { apiFetch } from './api-fetch'

/** Runs `promise`, which must reject with an ApiError, and returns that error. */
async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

/** Serves another config.json than the setup file's default (which says `/api/v1`). */
const serveConfig = (config: object) => http.get('*/config.json', () => HttpResponse.json(config))

const problemJson = (status: number, problem: object, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify(problem), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })

describe('apiFetch', () => {
  it('returns the JSON body of a 2xx answer, from the same-origin /api/v1 by default', async () => {
    let seen: Request | undefined
    server.use(
      http.get('*/api/v1/work-orders', ({ request }) => {
        seen = request
        return HttpResponse.json({ items: [{ id: 'WO-1' }] })
      }),
    )
    await expect(apiFetch('/work-orders')).resolves.toEqual({ items: [{ id: 'WO-1' }] })
    expect(seen?.url).toBe(new URL('/api/v1/work-orders', document.baseURI).href)
    expect(seen?.headers.get('Accept')).toContain('application/json')
  })

  it('returns undefined for 204 No Content', async () => {
    server.use(http.delete('*/api/v1/session', () => new HttpResponse(null, { status: 204 })))
    await expect(apiFetch('/session', { method: 'DELETE' })).resolves.toBeUndefined()
  })

  it('sends a body as JSON', async () => {
    let received: unknown
    let contentType: string | null = null
    server.use(
      http.post('*/api/v1/escalations', async ({ request }) => {
        received = await request.json()
        contentType = request.headers.get('Content-Type')
        return HttpResponse.json({ id: 'E-7' }, { status: 201 })
      }),
    )
    await expect(
      apiFetch('/escalations', { method: 'POST', body: { orderId: 'WO-1', note: '请加快' } }),
    ).resolves.toEqual({ id: 'E-7' })
    expect(received).toEqual({ orderId: 'WO-1', note: '请加快' })
    expect(contentType).toBe('application/json')
  })

  it('adds query parameters and leaves out undefined ones', async () => {
    let url: URL | undefined
    server.use(
      http.get('*/api/v1/work-orders', ({ request }) => {
        url = new URL(request.url)
        return HttpResponse.json([])
      }),
    )
    await apiFetch('/work-orders', {
      query: { status: 'overdue', page: 2, mine: false, q: '预付 卡', district: undefined },
    })
    expect(url?.searchParams.get('status')).toBe('overdue')
    expect(url?.searchParams.get('page')).toBe('2')
    expect(url?.searchParams.get('mine')).toBe('false')
    expect(url?.searchParams.get('q')).toBe('预付 卡')
    expect(url?.searchParams.has('district')).toBe(false)
  })

  describe('with the base URL from config.json', () => {
    it('sends requests to another backend without a rebuild', async () => {
      server.use(serveConfig({ apiBaseUrl: 'https://api.example.test/v2' }))
      let seen: string | undefined
      server.use(
        http.get('https://api.example.test/v2/work-orders', ({ request }) => {
          seen = request.url
          return HttpResponse.json({ from: 'v2' })
        }),
      )
      await expect(apiFetch('/work-orders', { query: { page: 1 } })).resolves.toEqual({ from: 'v2' })
      expect(seen).toBe('https://api.example.test/v2/work-orders?page=1')
    })

    it('accepts a path as base URL', async () => {
      server.use(
        serveConfig({ apiBaseUrl: '/gateway/duban/' }),
        http.get('*/gateway/duban/ping', () => HttpResponse.json('pong')),
      )
      await expect(apiFetch('ping')).resolves.toBe('pong')
    })

    it('falls back to /api/v1 when config.json cannot be read, and says why', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      server.use(
        http.get('*/config.json', () => new HttpResponse('<h1>Not found</h1>', { status: 404 })),
        http.get('*/api/v1/ping', () => HttpResponse.json('pong')),
      )
      await expect(apiFetch('/ping')).resolves.toBe('pong')
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('config.json unusable'))
    })
  })

  describe('errors', () => {
    it('keeps the problem document of a non-2xx problem+json answer', async () => {
      server.use(
        http.get('*/api/v1/work-orders/WO-404', () =>
          problemJson(404, {
            type: 'https://duban.example/problems/not-found',
            title: 'Work order not found',
            status: 404,
            detail: 'No work order WO-404',
            orderId: 'WO-404',
          }),
        ),
      )
      const error = await apiErrorOf(apiFetch('/work-orders/WO-404'))
      expect(error.kind).toBe('http')
      expect(error.status).toBe(404)
      expect(error.message).toBe('Work order not found')
      expect(error.problem?.type).toBe('https://duban.example/problems/not-found')
      expect(error.problem?.detail).toBe('No work order WO-404')
      // Extension members stay available to the caller.
      expect(error.problem?.orderId).toBe('WO-404')
      expect(error.retryAfterSeconds).toBeUndefined()
    })

    it('reads Retry-After in seconds from a 429', async () => {
      server.use(
        http.get('*/api/v1/stats', () =>
          problemJson(429, { title: 'Too many requests', status: 429 }, { 'Retry-After': '120' }),
        ),
      )
      const error = await apiErrorOf(apiFetch('/stats'))
      expect(error.kind).toBe('http')
      expect(error.status).toBe(429)
      expect(error.retryAfterSeconds).toBe(120)
      expect(error.problem?.type).toBe('about:blank')
    })

    it('sends nothing more until the Retry-After of a 429 or 503 has passed, then asks again', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      try {
        let asked = 0
        server.use(
          http.get('*/api/v1/stats', () => {
            asked += 1
            return asked === 1
              ? problemJson(429, { title: 'Too many requests', status: 429 }, { 'Retry-After': '30' })
              : HttpResponse.json({ ok: true })
          }),
        )
        await apiErrorOf(apiFetch('/stats'))
        vi.advanceTimersByTime(29_000)
        // Held back, on every path, failing as the server did and saying how long is left.
        const held = await apiErrorOf(apiFetch('/other'))
        expect([held.kind, held.status, held.retryAfterSeconds]).toEqual(['http', 429, 1])
        await apiErrorOf(apiFetch('/stats'))
        expect(asked).toBe(1)
        vi.advanceTimersByTime(1_000)
        await expect(apiFetch('/stats')).resolves.toEqual({ ok: true })
        expect(asked).toBe(2)
      } finally {
        vi.useRealTimers()
      }
    })

    it('does not hold back requests for a Retry-After on another status', async () => {
      let asked = 0
      server.use(
        http.get('*/api/v1/stats', () => {
          asked += 1
          return problemJson(500, { title: 'Internal', status: 500 }, { 'Retry-After': '30' })
        }),
      )
      await apiErrorOf(apiFetch('/stats'))
      await apiErrorOf(apiFetch('/stats'))
      expect(asked).toBe(2)
    })

    it('reads Retry-After as an HTTP date', async () => {
      const at = new Date(Date.now() + 30_000).toUTCString()
      server.use(
        http.get(
          '*/api/v1/stats',
          () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': at } }),
        ),
      )
      const error = await apiErrorOf(apiFetch('/stats'))
      expect(error.status).toBe(503)
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(28)
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(30)
    })

    it('reports a non-2xx HTML page (e.g. from a proxy) as an http error without a problem', async () => {
      server.use(
        http.get('*/api/v1/stats', () =>
          HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
        ),
      )
      const error = await apiErrorOf(apiFetch('/stats'))
      expect(error.kind).toBe('http')
      expect(error.status).toBe(502)
      expect(error.problem).toBeUndefined()
      expect(error.message).toMatch(/^HTTP 502 from http:\/\/.+\/api\/v1\/stats$/)
    })

    it('reports no connection as a network error', async () => {
      server.use(http.get('*/api/v1/stats', () => HttpResponse.error()))
      const error = await apiErrorOf(apiFetch('/stats'))
      expect(error.kind).toBe('network')
      expect(error.status).toBeUndefined()
    })

    it('gives up after the timeout when no answer comes', async () => {
      server.use(
        http.get('*/api/v1/stats', async () => {
          await delay('infinite')
          return HttpResponse.json({})
        }),
      )
      const started = performance.now()
      const error = await apiErrorOf(apiFetch('/stats', { timeoutMs: 50 }))
      expect(error.kind).toBe('timeout')
      expect(error.timeoutMs).toBe(50)
      expect(performance.now() - started).toBeLessThan(2_000)
    })

    it('gives up after the timeout when the body stalls after the headers', async () => {
      server.use(
        http.get('*/api/v1/stats', () => {
          const encoder = new TextEncoder()
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode('{"items": ['))
              // …and nothing more, ever.
            },
          })
          return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
        }),
      )
      const error = await apiErrorOf(apiFetch('/stats', { timeoutMs: 50 }))
      expect(error.kind).toBe('timeout')
    })

    it('reports a truncated JSON body as a parse error', async () => {
      server.use(
        http.get(
          '*/api/v1/stats',
          () => new HttpResponse('{"items": [1, 2', { headers: { 'Content-Type': 'application/json' } }),
        ),
      )
      const error = await apiErrorOf(apiFetch('/stats'))
      expect(error.kind).toBe('parse')
      expect(error.cause).toBeInstanceOf(SyntaxError)
    })

    it('reports a 2xx HTML page (e.g. a login portal in between) as a parse error', async () => {
      server.use(http.get('*/api/v1/stats', () => HttpResponse.html('<!doctype html><title>Portal</title>')))
      expect((await apiErrorOf(apiFetch('/stats'))).kind).toBe('parse')
    })

    it('reports JSON of the wrong shape as a validation error with readable issues', async () => {
      const schema = z.object({ total: z.int(), items: z.array(z.object({ id: z.string() })) })
      server.use(
        http.get('*/api/v1/stats', () => HttpResponse.json({ total: '12', items: [{ id: 'a' }, { id: 7 }] })),
      )
      const error = await apiErrorOf(apiFetch('/stats', { schema }))
      expect(error.kind).toBe('validation')
      expect(error.issues).toHaveLength(2)
      expect(error.issues).toEqual(
        expect.arrayContaining([expect.stringMatching(/^total: /), expect.stringMatching(/^items\.1\.id: /)]),
      )
    })

    it('returns the parsed data when the shape matches', async () => {
      const schema = z.object({ total: z.int() })
      server.use(http.get('*/api/v1/stats', () => HttpResponse.json({ total: 12, extra: true })))
      await expect(apiFetch('/stats', { schema })).resolves.toEqual({ total: 12 })
    })

    it('reports a cancellation by the caller as aborted, not as a failure', async () => {
      server.use(
        http.get('*/api/v1/stats', async () => {
          await delay('infinite')
          return HttpResponse.json({})
        }),
      )
      const controller = new AbortController()
      const pending = apiErrorOf(apiFetch('/stats', { signal: controller.signal }))
      setTimeout(() => controller.abort(), 20)
      const error = await pending
      expect(error.kind).toBe('aborted')
    })

    it('does not send a request whose signal is already aborted', async () => {
      let requests = 0
      server.use(
        http.get('*/api/v1/stats', () => {
          requests += 1
          return HttpResponse.json({})
        }),
      )
      const error = await apiErrorOf(apiFetch('/stats', { signal: AbortSignal.abort() }))
      expect(error.kind).toBe('aborted')
      expect(requests).toBe(0)
    })
  })

  describe('errors never repeat what was searched for', () => {
    // A keyword is what the user typed: perhaps a caller's phone number or name. It travels in
    // the query; an error's message is shown (the route error page) and logged (React, the
    // router), so neither the message nor anything the error carries may hold it.
    const keyword = '王建国 13812345678'
    const search = { status: 'open', keyword }
    const wrongShape = z.object({ items: z.array(z.object({ contact: z.literal('masked') })) })

    /** Everything the error says or holds, as a console would print it. */
    const everything = (error: ApiError) =>
      [
        error.message,
        error.url,
        error.stack ?? '',
        String(error),
        JSON.stringify(error),
        ...(error.issues ?? []),
      ].join('\n')

    it.each([
      [
        'an HTTP error without a problem document',
        () => new HttpResponse('Bad gateway', { status: 502 }),
        'http',
      ],
      [
        'a problem document that echoes the address',
        () =>
          problemJson(400, {
            type: 'https://duban.example/problems/invalid-parameters',
            title: 'Invalid parameters',
            status: 400,
            detail: 'Invalid parameter: keyword',
            instance: `/api/v1/work-orders?status=open&keyword=${encodeURIComponent(keyword)}`,
          }),
        'http',
      ],
      ['no connection', () => HttpResponse.error(), 'network'],
      ['an empty answer', () => new HttpResponse('', { status: 200 }), 'parse'],
      ['an answer that is not JSON', () => new HttpResponse('{"items": [', { status: 200 }), 'parse'],
      // The record repeats the keyword (the search found it): the issues must not.
      [
        'an answer of the wrong shape',
        () => HttpResponse.json({ items: [{ contact: keyword }] }),
        'validation',
      ],
    ] as const)('%s', async (_case, answer, kind) => {
      let asked: URL | undefined
      server.use(
        http.get('*/api/v1/work-orders', ({ request }) => {
          asked = new URL(request.url)
          return answer()
        }),
      )
      const error = await apiErrorOf(apiFetch('/work-orders', { query: search, schema: wrongShape }))
      expect(error.kind).toBe(kind)
      // The request itself carried the keyword…
      expect(asked?.searchParams.get('keyword')).toBe(keyword)
      // …the error names the call, not the values.
      expect(error.url).toMatch(/\/api\/v1\/work-orders\?status=…&keyword=…$/)
      const said = everything(error)
      for (const part of [keyword, '13812345678', '王建国', encodeURIComponent('王建国'), '%20'])
        expect(said).not.toContain(part)
    })

    it('on a timeout', async () => {
      server.use(
        http.get('*/api/v1/work-orders', async () => {
          await delay('infinite')
          return HttpResponse.json({})
        }),
      )
      const error = await apiErrorOf(apiFetch('/work-orders', { query: search, timeoutMs: 50 }))
      expect(error.kind).toBe('timeout')
      expect(everything(error)).not.toContain('13812345678')
    })
  })
})
