import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { apiState } from '@mocks/handlers'
import { server } from '@mocks/node'
import { sessionQueryKeys } from '@/entities/session/me-query'
import type { Me } from '@/entities/session/session-schema'
import { wallDisplayReportSchema } from '@/shared/api/validators.gen'
import { appVersion } from '@/shared/config/app-version'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { useWallHeartbeat } from './use-wall-heartbeat'
import { wallZhCN } from './wall.zh-cn'

type HeartbeatProps = Parameters<typeof useWallHeartbeat>[0]

const day = 24 * 60 * 60_000
const deviceIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/

interface Report {
  deviceId: string
  body: unknown
  csrfToken: string | null
}

/** Answers the wall's heartbeats as the API would, and keeps what each one said. */
function captureHeartbeats(status = 200): Report[] {
  const reports: Report[] = []
  server.use(
    http.put('*/api/v1/wall-displays/:deviceId', async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>
      const deviceId = String(params.deviceId)
      reports.push({ deviceId, body, csrfToken: request.headers.get('X-CSRF-Token') })
      if (status !== 200) return HttpResponse.json({ type: 'about:blank', status }, { status })
      return HttpResponse.json({
        deviceId,
        ...body,
        lastSeenAt: '2026-12-05T18:00:00+08:00',
        quiet: false,
      })
    }),
  )
  return reports
}

async function yearFigures() {
  const year = await screen.findByRole('region', { name: wallZhCN.year })
  await waitFor(() => expect(within(year).queryAllByText('—')).toHaveLength(0))
  return year
}

describe('the wall’s device session', () => {
  it('keeps the figures with a sign-in-needed banner when the session is lost, stays on the wall, and recovers by itself', async () => {
    const { queryClient, router } = await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    const year = await yearFigures()
    const figures = year.textContent

    // The server forgets the session (it ran out, or someone signed the screen out).
    apiState.sessions.clear()
    // The next poll of the figures (polls are every refresh interval: run one now).
    await act(() => queryClient.refetchQueries({ queryKey: ['kpis'] }))

    const title = await screen.findByText(`⚠ ${wallZhCN.session.signInNeeded}`)
    const hint = title.closest('p')
    expect(hint).not.toBeNull()
    expect(hint).toHaveAttribute('role', 'status')
    expect(hint).toHaveTextContent('请管理员在此屏幕打开 /sign-in?redirect=/wall 用大屏账号登录')
    const link = within(hint as HTMLElement).getByRole('link', { name: '/sign-in?redirect=/wall' })
    expect(link).toHaveAttribute('href', `/sign-in?redirect=${encodeURIComponent('/wall?interval=300')}`)
    // No sign-in form over the room's view, no navigation: the same figures, on the wall.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/wall')
    expect(year).toHaveTextContent(figures)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(wallZhCN.scenes.headline)

    // Someone signs the screen in again (another tab of this browser shares its cookie): the
    // wall's next look at its session finds it, and the banner goes.
    await signInAs('wall')
    await act(() => queryClient.refetchQueries({ queryKey: sessionQueryKeys.me }))
    await waitFor(() =>
      expect(screen.queryByText(`⚠ ${wallZhCN.session.signInNeeded}`)).not.toBeInTheDocument(),
    )
    expect(router.state.location.pathname).toBe('/wall')
    await waitFor(() => {
      const summaries = queryClient.getQueryCache().findAll({ queryKey: ['kpis', 'summary'] })
      expect(summaries.every((query) => query.state.status === 'success')).toBe(true)
    })
  })

  it('renews its session when less than half of its lifetime is left', async () => {
    await signInAs('wall')
    const [token] = [...apiState.sessions.keys()]
    const stored = token === undefined ? undefined : apiState.sessions.get(token)
    expect(stored?.expiresAtMs).toBeDefined()
    if (!token || !stored) return
    // Twenty days later: ten days left of thirty.
    apiState.sessions.set(token, { ...stored, expiresAtMs: Date.now() + 10 * day })

    const { queryClient } = await renderApp('/wall?interval=300', { signedInAs: null })
    await waitFor(() =>
      expect(apiState.sessions.get(token)?.expiresAtMs).toBeGreaterThan(Date.now() + 29 * day),
    )
    const me = queryClient.getQueryData<Me>(sessionQueryKeys.me)
    expect(Date.parse(me?.sessionExpiresAt ?? '')).toBeGreaterThan(Date.now() + 29 * day)
  })

  it('leaves a session with most of its lifetime alone', async () => {
    const renewals: string[] = []
    server.use(
      http.post('*/api/v1/session/renewal', ({ request }) => {
        renewals.push(request.url)
        return HttpResponse.json({ type: 'about:blank', status: 500 }, { status: 500 })
      }),
    )
    const { queryClient } = await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    await waitFor(() => expect(queryClient.getQueryData<Me>(sessionQueryKeys.me)).toBeDefined())
    await yearFigures()
    expect(renewals).toEqual([])
  })
})

describe('the wall’s heartbeat', () => {
  it('reports at load what the spec asks: its device id, version, scene and data time, with the CSRF token', async () => {
    const reports = captureHeartbeats()
    const { queryClient } = await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    await waitFor(() => expect(reports).toHaveLength(1))
    const [report] = reports
    expect(report?.deviceId).toMatch(deviceIdPattern)
    expect(report?.deviceId).toBe(localStorage.getItem('duban.wallDeviceId'))
    expect(report?.csrfToken).toBe(queryClient.getQueryData<Me>(sessionQueryKeys.me)?.csrfToken)
    const body = wallDisplayReportSchema.parse(report?.body)
    // No build tag without a built entry script (tests): package.json's version.
    expect(body.appVersion).toBe(appVersion)
    expect(appVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(body.scene).toBe('headline')
    expect(body.dataAsOf === null || !Number.isNaN(Date.parse(body.dataAsOf))).toBe(true)
  })

  it('is not sent by a director looking at the wall (not a display; the API would refuse it)', async () => {
    const reports = captureHeartbeats()
    const { queryClient } = await renderApp('/wall?interval=300', { signedInAs: 'director' })
    await waitFor(() => expect(queryClient.getQueryData<Me>(sessionQueryKeys.me)).toBeDefined())
    await yearFigures()
    expect(reports).toHaveLength(0)
  })

  it('fails silently: nothing on screen says so', async () => {
    const reports = captureHeartbeats(500)
    await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    await waitFor(() => expect(reports).toHaveLength(1))
    await yearFigures()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByText(/失败|错误/)).not.toBeInTheDocument()
  })

  it('sends the scene on screen and its oldest data time each beat', async () => {
    const reports = captureHeartbeats()
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const { rerender } = renderHook<undefined, HeartbeatProps>(
      (props) => {
        useWallHeartbeat(props)
        return undefined
      },
      {
        wrapper,
        initialProps: { scene: 'headline', dataAsOf: null, ready: false, everyMs: 50 },
      },
    )
    // Nothing before the session is known (no CSRF token yet).
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(reports).toHaveLength(0)

    rerender({ scene: 'headline', dataAsOf: null, ready: true, everyMs: 50 })
    await waitFor(() => expect(reports.length).toBeGreaterThan(0))
    expect(reports[0]?.body).toMatchObject({ scene: 'headline', dataAsOf: null })

    rerender({ scene: 'ticker', dataAsOf: '2026-12-05T17:58:00+08:00', ready: true, everyMs: 50 })
    await waitFor(() =>
      expect(reports.at(-1)?.body).toMatchObject({ scene: 'ticker', dataAsOf: '2026-12-05T17:58:00+08:00' }),
    )
    // One device, whatever the beat.
    expect(new Set(reports.map((report) => report.deviceId)).size).toBe(1)
  })
})
