import { useCallback } from 'react'
import { create } from 'zustand'

interface DraftsState {
  /** What the user typed, by the form's key (e.g. `remind:RZ-20261205-0042`). */
  drafts: Readonly<Record<string, string>>
  /** The user whose expired session the drafts were typed in, while they sign in again. */
  heldFor: string | undefined
}

/**
 * Unsent text of the forms that ask for it, kept in memory only (never in storage or the URL:
 * it may name people). It outlives the form, so a form that unmounts when a session expires
 * gets its text back once the same user has signed in again.
 */
export const useDraftsStore = create<DraftsState>()(() => ({ drafts: {}, heldFor: undefined }))

/** A form's draft and its setter; the empty string when there is none. */
export function useDraft(key: string): [string, (text: string) => void] {
  const text = useDraftsStore((state) => state.drafts[key] ?? '')
  const setText = useCallback((next: string) => setDraft(key, next), [key])
  return [text, setText]
}

/** A form's draft now, outside React (e.g. to decide whether to open the form it belongs to). */
export function draftOf(key: string): string {
  return useDraftsStore.getState().drafts[key] ?? ''
}

export function setDraft(key: string, text: string): void {
  useDraftsStore.setState(({ drafts }) => {
    const { [key]: _dropped, ...others } = drafts
    return { drafts: text === '' ? others : { ...others, [key]: text } }
  })
}

/** Sent or cancelled: the text is no longer wanted. */
export function clearDraft(key: string): void {
  setDraft(key, '')
}

/** The session of `userId` expired: keep their drafts until someone signs in. */
export function holdDraftsFor(userId: string): void {
  useDraftsStore.setState({ heldFor: userId })
}

/** `userId` signed in: their own held drafts come back, anyone else's are dropped. */
export function releaseDraftsTo(userId: string): void {
  const { heldFor } = useDraftsStore.getState()
  useDraftsStore.setState(
    heldFor === undefined || heldFor === userId ? { heldFor: undefined } : { drafts: {}, heldFor: undefined },
  )
}

/** Signed out: nothing typed stays behind for the next user of this browser. */
export function clearDrafts(): void {
  useDraftsStore.setState({ drafts: {}, heldFor: undefined })
}
