import { useId, type ReactNode } from 'react'
import { useModalDialog } from '@/shared/ui/dialog/use-modal-dialog'
import styles from './bulk-remind.module.css'

interface ModalDialogProps {
  title: string
  /** Escape, or a button of the caller's. */
  onClose: () => void
  children: ReactNode
}

/** The batch's modal dialog (src/shared/ui/dialog/use-modal-dialog.ts): a title, then its body. */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const titleId = useId()
  const { dialogProps, headingRef } = useModalDialog(onClose)

  return (
    <dialog {...dialogProps} className={styles.dialog} aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className={styles.dialogTitle}>
        {title}
      </h2>
      {children}
    </dialog>
  )
}
