import { apiState } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { sessionQueryKeys } from '@/entities/session/me-query'
import { setDraft, useDraftsStore } from '@/shared/drafts/drafts-store'
import { renderApp } from '../render-app'

// The shell's header comes first; pages may have banners of their own.
const banner = () => within(screen.getAllByRole('banner')[0]!)

describe('the session', () => {
  it('shows the signed-in user and role in the header', async () => {
    await renderApp('/', { signedInAs: 'staff' })
    expect(await banner().findByText('李秀英')).toBeInTheDocument()
    expect(banner().getByText('承办人员')).toBeInTheDocument()
    expect(banner().getByRole('button', { name: '退出登录' })).toBeInTheDocument()
  })

  it('sends a browser that is not signed in to the sign-in page, then back to the same URL', async () => {
    const { user, router } = await renderApp('/work-orders?status=overdue', { signedInAs: null })
    expect(await screen.findByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toEqual({ redirect: '/work-orders?status=overdue' })

    await user.type(screen.getByLabelText('用户名'), 'director')
    await user.type(screen.getByLabelText('密码'), 'duban-demo')
    await user.click(screen.getByRole('button', { name: '登录' }))

    expect(await screen.findByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/work-orders')
    expect(router.state.location.search).toEqual({ status: 'overdue' })
    expect(await banner().findByText('王建国')).toBeInTheDocument()
  })

  it('signs in over the page when the session ends mid-shift, and the page comes back as it was', async () => {
    const { user, router, queryClient } = await renderApp('/reports')
    expect(await banner().findByText('王建国')).toBeInTheDocument()
    queryClient.setQueryData(['work-orders', 'list'], { items: ['secret'] })
    setDraft('remind:RZ-1', '请今天下班前回电')
    apiState.sessions.clear()
    await queryClient.invalidateQueries({ queryKey: sessionQueryKeys.me })

    const dialog = await screen.findByRole('dialog', { name: '登录已过期' })
    // Nothing personal stays on the page or in memory, and the address does not change.
    expect(screen.queryByText('王建国')).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 1, name: '报告' })).not.toBeInTheDocument()
    expect(queryClient.getQueryData(['work-orders', 'list'])).toBeUndefined()
    expect(router.state.location.pathname).toBe('/reports')

    await user.type(within(dialog).getByLabelText('用户名'), 'director')
    await user.type(within(dialog).getByLabelText('密码'), 'duban-demo')
    await user.click(within(dialog).getByRole('button', { name: '登录' }))

    expect(await screen.findByRole('heading', { level: 1, name: '报告' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await banner().findByText('王建国')).toBeInTheDocument()
    expect(useDraftsStore.getState().drafts).toEqual({ 'remind:RZ-1': '请今天下班前回电' })
  })

  it('drops what the previous user typed when someone else signs in over the expired page', async () => {
    const { user, queryClient } = await renderApp('/settings')
    expect(await banner().findByText('王建国')).toBeInTheDocument()
    setDraft('remind:RZ-1', '请今天下班前回电')
    apiState.sessions.clear()
    await queryClient.invalidateQueries({ queryKey: sessionQueryKeys.me })

    const dialog = await screen.findByRole('dialog', { name: '登录已过期' })
    await user.type(within(dialog).getByLabelText('用户名'), 'staff')
    await user.type(within(dialog).getByLabelText('密码'), 'duban-demo')
    await user.click(within(dialog).getByRole('button', { name: '登录' }))

    expect(await banner().findByText('李秀英')).toBeInTheDocument()
    expect(useDraftsStore.getState().drafts).toEqual({})
  })

  it('signs out with the CSRF token, clears the whole query cache and shows the sign-in page', async () => {
    const { user, router, queryClient } = await renderApp('/hotspots')
    await banner().findByText('王建国')
    queryClient.setQueryData(['work-orders', 'list'], { items: ['secret'] })
    expect(apiState.sessions.size).toBe(1)

    await user.click(banner().getByRole('button', { name: '退出登录' }))

    expect(await screen.findByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    // The server ended the session (the DELETE passed the CSRF check)…
    expect(apiState.sessions.size).toBe(0)
    // …and nothing of the previous user stays in memory.
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toEqual([]))
    expect(queryClient.getQueryData(['work-orders', 'list'])).toBeUndefined()
  })

  it('lists the demo accounts on the sign-in page; choosing one fills in the form', async () => {
    const { user } = await renderApp('/sign-in?redirect=/settings', { signedInAs: null })
    const list = within(await screen.findByRole('region', { name: '演示账号' }))
    expect(list.getAllByRole('button')).toHaveLength(3)
    await user.click(list.getByRole('button', { name: /承办人员/ }))
    expect(screen.getByLabelText('用户名')).toHaveValue('staff')
    expect(screen.getByLabelText('密码')).toHaveValue('duban-demo')
    await user.click(screen.getByRole('button', { name: '登录' }))
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument()
    expect(await banner().findByText('李秀英')).toBeInTheDocument()
  })

  it('shows no demo accounts when the API has none (a real backend answers 404)', async () => {
    let asked = false
    server.use(
      http.get('*/api/v1/session/demo-accounts', () => {
        asked = true
        return HttpResponse.json({ type: 'about:blank', status: 404 }, { status: 404 })
      }),
    )
    await renderApp('/sign-in', { signedInAs: null })
    await waitFor(() => expect(asked).toBe(true))
    expect(screen.getByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '演示账号' })).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
