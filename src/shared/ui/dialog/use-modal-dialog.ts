import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

/**
 * A native `<dialog>` shown with `showModal()` while the component is mounted: the browser makes
 * the page underneath inert (focus stays inside, screen readers see only the dialog). It starts
 * at its title, so a screen reader begins at the top rather than on a button; closing hands the
 * focus back to what opened it (a row, a button), or to the page's main region when that is gone.
 * Escape goes to `onClose` rather than to the dialog's own cancel, which would close it behind
 * React's back (and which some browsers stop honouring after repeated cancels).
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Taken at the first render, before the dialog moves the focus (and before a strict-mode
  // remount would see the focus the first cleanup left behind).
  const [opener] = useState(() =>
    typeof document === 'undefined' || !(document.activeElement instanceof HTMLElement)
      ? null
      : document.activeElement,
  )

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    headingRef.current?.focus()
    return () => {
      if (dialog.open) dialog.close()
      const target =
        opener?.isConnected && opener !== document.body ? opener : document.getElementById('main')
      target?.focus({ preventScroll: true })
    }
  }, [opener])

  const dialogProps = {
    ref: dialogRef,
    'aria-modal': true,
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      onClose()
    },
    onCancel: (event: { preventDefault: () => void }) => {
      event.preventDefault()
      onClose()
    },
  }
  return { dialogProps, headingRef }
}
