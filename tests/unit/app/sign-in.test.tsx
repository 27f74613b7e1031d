import { server } from '@mocks/node'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

async function signIn(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  username = 'director',
  password = 'duban-demo',
) {
  await user.type(screen.getByLabelText('用户名'), username)
  await user.type(screen.getByLabelText('密码'), password)
  await user.click(screen.getByRole('button', { name: '登录' }))
}

const notSignedIn = { signedInAs: null }

describe('sign-in', () => {
  it('returns to the page the user came from, signed in', async () => {
    const { user } = await renderApp('/sign-in?redirect=/work-orders', notSignedIn)
    await signIn(user)
    expect(await screen.findByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
    expect(await within(screen.getAllByRole('banner')[0]!).findByText('王建国')).toBeInTheDocument()
  })

  it.each([
    ['another site', '//evil.example'],
    ['another site, spelled with a backslash', '/%5Cevil.example'],
    ['another site, behind a tab that URL parsing drops', '/%09/evil.example'],
    ['an absolute URL', 'https://evil.example/'],
  ])('ignores a redirect to %s and goes to the overview', async (_, redirect) => {
    const { user, router } = await renderApp(`/sign-in?redirect=${redirect}`, notSignedIn)
    expect(screen.getByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({})
    await signIn(user)
    expect(await screen.findByRole('heading', { level: 1, name: '总览' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('says that the user name or password is wrong, and stays on the form', async () => {
    const { user, router } = await renderApp('/sign-in?redirect=/reports', notSignedIn)
    await signIn(user, 'director', 'wrong')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('登录失败')
    expect(alert).toHaveTextContent('用户名或密码错误')
    // Still on the form, ready for another try: a 401 here must not redirect to itself.
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled()
    expect(screen.getByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ redirect: '/reports' })
  })

  it('says so when the server cannot be reached', async () => {
    server.use(http.post('*/api/v1/session', () => HttpResponse.error()))
    const { user } = await renderApp('/sign-in', notSignedIn)
    await signIn(user)
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器')
  })
})
