import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

const navLinks = [
  ['总览', '/'],
  ['工单', '/work-orders'],
  ['督办', '/escalations'],
  ['审批', '/approvals'],
  ['热点', '/hotspots'],
  ['报告', '/reports'],
  ['大屏', '/wall'],
  ['设置', '/settings'],
] as const

describe('the app shell', () => {
  it('renders in Chinese by default, with a link to every section', async () => {
    await renderApp('/')
    const nav = screen.getByRole('navigation', { name: '主导航' })
    for (const [name, href] of navLinks) {
      // A section may carry a count after its name (审批 3 项待审批).
      expect(within(nav).getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('href', href)
    }
    expect(screen.getByRole('heading', { level: 1, name: '总览' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('navigates with the links and marks the current section', async () => {
    const { user } = await renderApp('/')
    const nav = screen.getByRole('navigation', { name: '主导航' })
    await user.click(within(nav).getByRole('link', { name: '工单' }))
    expect(await screen.findByRole('heading', { level: 1, name: '工单' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: '工单' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: '总览' })).not.toHaveAttribute('aria-current')
  })

  it('opens every section at its own URL', async () => {
    const { router } = await renderApp('/reports')
    expect(screen.getByRole('heading', { level: 1, name: '报告' })).toBeInTheDocument()
    await router.navigate({ to: '/hotspots' })
    expect(await screen.findByRole('heading', { level: 1, name: '热点' })).toBeInTheDocument()
  })

  it('shows the wall display without the navigation', async () => {
    await renderApp('/wall')
    expect(screen.getByRole('heading', { level: 1, name: '督办 · 大屏' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument()
  })

  it('sends the wall account to the wall display from any page', async () => {
    const { router } = await renderApp('/work-orders', { signedInAs: 'wall' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/wall'))
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument()
  })

  it('shows the unit staff the sections their permissions open', async () => {
    await renderApp('/', { signedInAs: 'staff' })
    const nav = screen.getByRole('navigation', { name: '主导航' })
    await within(screen.getAllByRole('banner')[0]!).findByText('李秀英')
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
      // Everything but the approvals, which need the `decide` permission.
    ).toEqual(navLinks.map(([, href]) => href).filter((href) => href !== '/approvals'))
  })

  it('shows the not-found page for an unknown URL, with a way back', async () => {
    const { user } = await renderApp('/no-such-page?x=1')
    expect(screen.getByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument()
    expect(screen.getByText(/\/no-such-page/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '返回总览' }))
    expect(await screen.findByRole('heading', { level: 1, name: '总览' })).toBeInTheDocument()
  })
})

describe('display preferences', () => {
  it('switches the language to English at runtime', async () => {
    const { user } = await renderApp('/settings')
    expect(screen.getByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument()
    const form = within(screen.getByRole('main'))
    await user.selectOptions(form.getByRole('combobox', { name: '语言' }), 'English')
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    const nav = screen.getByRole('navigation', { name: 'Main navigation' })
    expect(within(nav).getByRole('link', { name: 'Overview' })).toBeInTheDocument()
    // And back.
    await user.selectOptions(form.getByRole('combobox', { name: 'Language' }), '中文')
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('starts in the stored language', async () => {
    await renderApp('/settings', { locale: 'en' })
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument()
  })

  it('switches the theme', async () => {
    const { user } = await renderApp('/settings')
    const form = within(screen.getByRole('main'))
    await user.selectOptions(form.getByRole('combobox', { name: '主题' }), '深色')
    expect(document.documentElement.dataset.theme).toBe('dark')
    // The header's theme select (the first) shows the same preference, and works too.
    const selects = screen.getAllByRole('combobox', { name: '主题' })
    expect(selects).toHaveLength(2)
    const [headerSelect, formSelect] = selects as [HTMLElement, HTMLElement]
    expect(headerSelect).toHaveDisplayValue('深色')
    await user.selectOptions(headerSelect, '浅色')
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(formSelect).toHaveDisplayValue('浅色')
  })
})
