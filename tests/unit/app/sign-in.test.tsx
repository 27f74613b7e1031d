import { server } from '@mocks/node'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

async function signIn(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(screen.getByLabelText('用户名'), 'zhangwei')
  await user.type(screen.getByLabelText('密码'), 'correct horse')
  await user.click(screen.getByRole('button', { name: '登录' }))
}

const acceptSignIn = () => http.post('*/api/v1/session', () => new HttpResponse(null, { status: 204 }))

describe('sign-in', () => {
  it('returns to the page the user came from', async () => {
    server.use(acceptSignIn())
    const { user } = await renderApp('/sign-in?redirect=/work-orders')
    await signIn(user)
    expect(await screen.findByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
  })

  it.each([
    ['another site', '//evil.example'],
    ['another site, spelled with a backslash', '/%5Cevil.example'],
    ['another site, behind a tab that URL parsing drops', '/%09/evil.example'],
    ['an absolute URL', 'https://evil.example/'],
  ])('ignores a redirect to %s and goes to the overview', async (_, redirect) => {
    server.use(acceptSignIn())
    const { user, router } = await renderApp(`/sign-in?redirect=${redirect}`)
    expect(screen.getByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({})
    await signIn(user)
    expect(await screen.findByRole('heading', { level: 1, name: '总览' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('says why signing in failed, from the problem document', async () => {
    let received: unknown
    server.use(
      http.post('*/api/v1/session', async ({ request }) => {
        received = await request.json()
        return new HttpResponse(
          JSON.stringify({
            type: 'https://duban.example/problems/bad-credentials',
            title: 'Unauthorized',
            status: 401,
            detail: '用户名或密码错误',
          }),
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        )
      }),
    )
    const { user } = await renderApp('/sign-in')
    await signIn(user)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('登录失败')
    expect(alert).toHaveTextContent('用户名或密码错误')
    expect(received).toEqual({ username: 'zhangwei', password: 'correct horse' })
    // Still on the form, ready for another try.
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled()
    expect(screen.getByRole('heading', { level: 1, name: '登录督办' })).toBeInTheDocument()
  })

  it('says so when the server cannot be reached', async () => {
    server.use(http.post('*/api/v1/session', () => HttpResponse.error()))
    const { user } = await renderApp('/sign-in')
    await signIn(user)
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器')
  })
})
