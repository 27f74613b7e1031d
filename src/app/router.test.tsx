import { server } from '@mocks/node'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { renderApp } from '../../tests/unit/render-app'

/** The list's rows, which the work-order page's loader asks for when the page is preloaded. */
function watchListRequests(): { count: () => number } {
  let count = 0
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === '/api/v1/work-orders') count += 1
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return { count: () => count }
}

describe('the app router', () => {
  it('preloads nothing while offline, whichever link is hovered, and preloads again once online', async () => {
    const { user } = await renderApp('/')
    const listRequests = watchListRequests()
    // A card's drill-down, not the navigation: every link of the app goes through the router.
    const drillDown = await waitFor(() => {
      const link = within(screen.getByRole('main'))
        .getAllByRole('link')
        .find((candidate) => candidate.getAttribute('href')?.startsWith('/work-orders'))
      if (link === undefined) throw new Error('no link of the page leads to the work orders yet')
      return link
    })

    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await user.hover(drillDown)
    // Longer than the router's preload delay (50 ms), after which a hover online has asked.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(listRequests.count()).toBe(0)

    await user.unhover(drillDown)
    onLine.mockReturnValue(true)
    await user.hover(drillDown)
    await waitFor(() => expect(listRequests.count()).toBeGreaterThan(0))
  })
})
