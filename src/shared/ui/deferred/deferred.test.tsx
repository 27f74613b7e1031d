import { act, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from '@/shared/i18n/i18n'
import { Deferred } from './deferred'

type Callback = (entries: { isIntersecting: boolean }[]) => void

afterEach(() => vi.unstubAllGlobals())

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
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('the trend')
    renderDeferred(load)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('此面板的程序未能加载')
    act(() => {
      screen.getByRole('button', { name: '重试' }).click()
    })
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(await screen.findByRole('alert')).toBeVisible()
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(await screen.findByText('the trend')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(3)
  })
})
