import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app'

// The notice's code cannot be fetched (the server went down after the page loaded).
vi.mock('@/entities/calendar/ui/assumed-calendar-notice', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

describe('the assumed-calendar notice', () => {
  it('is left out when its code cannot load, and the page stays', async () => {
    await renderApp('/settings')
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeVisible()
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
    expect(screen.queryByText(/页面文件加载失败/)).not.toBeInTheDocument()
  })
})
