import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import styles from './bulk-remind.module.css'

interface ModalDialogProps {
  title: string
  /** Escape, or a button of the caller's. */
  onClose: () => void
  children: ReactNode
}

/**
 * A native `<dialog>` opened with `showModal()`: the page underneath is inert (focus stays
 * inside, screen readers see only the dialog), and it starts at its title. Closing hands the focus
 * back to what opened it (the bar's button), or to the page's main region when that is gone.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Taken at the first render, before the dialog moves the focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
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

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    // Here rather than by the dialog's own cancel, which would close it behind React's back.
    event.preventDefault()
    onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className={styles.dialogTitle}>
        {title}
      </h2>
      {children}
    </dialog>
  )
}
