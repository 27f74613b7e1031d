import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render-app'

function periodBar() {
  return within(screen.getByRole('navigation', { name: '统计周期' }))
}

describe('the overview period in the URL', () => {
  it('selects today by default', async () => {
    await renderApp('/')
    expect(periodBar().getByRole('link', { name: '今日' })).toHaveAttribute('aria-current')
  })

  it('opens the period a shared link names', async () => {
    await renderApp('/?period=month')
    expect(periodBar().getByRole('link', { name: '本月' })).toHaveAttribute('aria-current')
    expect(periodBar().getByRole('link', { name: '今日' })).not.toHaveAttribute('aria-current')
  })

  it('falls back to today for a malformed period instead of crashing', async () => {
    const { router } = await renderApp('/?period=bogus')
    expect(screen.getByRole('heading', { level: 1, name: '总览' })).toBeInTheDocument()
    expect(periodBar().getByRole('link', { name: '今日' })).toHaveAttribute('aria-current')
    expect(router.state.location.search).toMatchObject({ period: 'today', compare: 'previous' })
  })

  it('puts a chosen period into the URL', async () => {
    const { user, router } = await renderApp('/')
    await user.click(periodBar().getByRole('link', { name: '本季度' }))
    expect(periodBar().getByRole('link', { name: '本季度' })).toHaveAttribute('aria-current')
    expect(router.state.location.search).toMatchObject({ period: 'quarter' })
  })
})
