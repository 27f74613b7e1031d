import { server } from '@mocks/node'
import { act, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from '@/shared/i18n/i18n'
import { page } from '@/shared/ui/code-loading/page-reload'
import { Deferred } from './deferred'

type Callback = (entries: { isIntersecting: boolean }[]) => void

afterEach(() => vi.unstubAllGlobals())

const chunkError = () => new TypeError('Failed to fetch dynamically imported module')

/** The app's own server (its index page) answering `status`, or not at all. */
const serverAnswersWith = (status: number | 'nothing') =>
  server.use(
    http.get(new URL(import.meta.env.BASE_URL, document.baseURI).href, () =>
      status === 'nothing' ? HttpResponse.error() : new HttpResponse('<!doctype html>', { status }),
    ),
  )

const goOnline = (online: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online)
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'))
  })
}

const renderDeferred = (load: () => Promise<string>, whenVisible = false) =>
  render(
    <I18nextProvider i18n={createI18n('zh-CN')}>
      <Deferred load={load} minHeight="20rem" whenVisible={whenVisible}>
        {(text) => <p>{text}</p>}
      </Deferred>
    </I18nextProvider>,
  )

describe('Deferred', () => {
  it('loads only once its place comes near the viewport', async () => {
    let notify: Callback = () => {}
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: Callback) {
          notify = callback
        }
        observe() {}
        disconnect() {}
      },
    )
    const load = vi.fn(() => Promise.resolve('the trend'))
    renderDeferred(load, true)
    act(() => notify([{ isIntersecting: false }]))
    expect(load).not.toHaveBeenCalled()
    act(() => notify([{ isIntersecting: true }]))
    expect(await screen.findByText('the trend')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps a failed load inside the panel, with a retry, and retries when back online', async () => {
    // Unreachable: the second failure may still be the network's.
    serverAnswersWith('nothing')
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(chunkError())
      .mockRejectedValueOnce(chunkError())
      .mockResolvedValue('the trend')
    renderDeferred(load)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('此面板的程序未能加载')
    act(() => {
      screen.getByRole('button', { name: '重试' }).click()
    })
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(await screen.findByRole('alert')).toHaveTextContent('此面板的程序未能加载')
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(await screen.findByText('the trend')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('offers a reload of the page once a retry fails while the server answers', async () => {
    // What Chromium does: a failed import() fails again, at once, until the page is reloaded.
    serverAnswersWith(200)
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {})
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(chunkError())
    renderDeferred(load)
    // Not reloaded for the first failure, nor without being asked.
    const retry = await screen.findByRole('button', { name: '重试' })
    act(() => {
      retry.click()
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '此处的程序仍未能加载，重新加载页面即可恢复（所选视图会保留）。',
    )
    expect(reload).not.toHaveBeenCalled()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    act(() => {
      screen.getByRole('button', { name: '重新加载页面' }).click()
    })
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('keeps the retry while the server is down, even after a retry failed', async () => {
    serverAnswersWith(503)
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(chunkError())
    renderDeferred(load)
    const retry = await screen.findByRole('button', { name: '重试' })
    act(() => {
      retry.click()
    })
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(await screen.findByRole('button', { name: '重试' })).toBeVisible()
    expect(screen.queryByRole('button', { name: '重新加载页面' })).toBeNull()
  })

  it('does not load while the browser is offline (a failed load would stick), and loads once it is back', async () => {
    goOnline(false)
    const load = vi.fn(() => Promise.resolve('the breakdowns'))
    renderDeferred(load)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(load).not.toHaveBeenCalled()
    expect(screen.queryByRole('alert')).toBeNull()
    goOnline(true)
    expect(await screen.findByText('the breakdowns')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('shows code loaded before at once, without a placeholder first', async () => {
    const load = vi.fn(() => Promise.resolve('the six timely rates'))
    const first = renderDeferred(load)
    expect(await screen.findByText('the six timely rates')).toBeVisible()
    first.unmount()
    renderDeferred(load)
    expect(screen.getByText('the six timely rates')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(1)
  })
})
