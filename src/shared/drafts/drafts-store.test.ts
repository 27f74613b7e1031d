import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  clearDraft,
  clearDrafts,
  holdDraftsFor,
  releaseDraftsTo,
  setDraft,
  useDraft,
  useDraftsStore,
} from './drafts-store'

afterEach(() => clearDrafts())

describe('drafts', () => {
  it('keeps what a form typed after the form is gone', () => {
    const first = renderHook(() => useDraft('remind:A'))
    act(() => first.result.current[1]('请尽快回电'))
    first.unmount()
    const again = renderHook(() => useDraft('remind:A'))
    expect(again.result.current[0]).toBe('请尽快回电')
    expect(renderHook(() => useDraft('remind:B')).result.current[0]).toBe('')
  })

  it('forgets a sent or emptied draft', () => {
    setDraft('a', 'x')
    setDraft('b', 'y')
    clearDraft('a')
    setDraft('b', '')
    expect(useDraftsStore.getState().drafts).toEqual({})
  })

  it('gives held drafts back to the same user only', () => {
    setDraft('a', 'note')
    holdDraftsFor('u-director')
    releaseDraftsTo('u-director')
    expect(useDraftsStore.getState().drafts).toEqual({ a: 'note' })

    holdDraftsFor('u-director')
    releaseDraftsTo('u-staff')
    expect(useDraftsStore.getState().drafts).toEqual({})
  })

  it('is never written to storage', () => {
    setDraft('a', '王某 13800000000')
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
  })
})
