import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WhenVisible } from './when-visible'

type Callback = (entries: { isIntersecting: boolean }[]) => void

afterEach(() => vi.unstubAllGlobals())

describe('WhenVisible', () => {
  it('holds the space until the content comes near the viewport, then keeps it', () => {
    let notify: Callback = () => {}
    const disconnect = vi.fn()
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: Callback) {
          notify = callback
        }
        observe() {}
        disconnect = disconnect
      },
    )
    render(
      <WhenVisible minHeight="20rem">
        <p>the trend</p>
      </WhenVisible>,
    )
    expect(screen.queryByText('the trend')).not.toBeInTheDocument()
    act(() => notify([{ isIntersecting: false }]))
    expect(screen.queryByText('the trend')).not.toBeInTheDocument()
    act(() => notify([{ isIntersecting: true }]))
    expect(screen.getByText('the trend')).toBeVisible()
    expect(disconnect).toHaveBeenCalled()
  })

  it('renders at once where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    render(
      <WhenVisible minHeight="20rem">
        <p>the trend</p>
      </WhenVisible>,
    )
    expect(screen.getByText('the trend')).toBeVisible()
  })
})
