import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useOnlineStatus } from './use-online-status'

function Status({ name }: { name: string }) {
  const { online } = useOnlineStatus()
  return <p>{`${name}: ${online ? 'online' : 'offline'}`}</p>
}

const goOnline = (online: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online)
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'))
  })
}

describe('useOnlineStatus', () => {
  it('tells every component that reads it, not only the first', () => {
    render(
      <>
        <Status name="the notice" />
        <Status name="the navigation" />
      </>,
    )
    goOnline(false)
    expect(screen.getByText('the notice: offline')).toBeInTheDocument()
    expect(screen.getByText('the navigation: offline')).toBeInTheDocument()
    goOnline(true)
    expect(screen.getByText('the notice: online')).toBeInTheDocument()
    expect(screen.getByText('the navigation: online')).toBeInTheDocument()
  })
})
