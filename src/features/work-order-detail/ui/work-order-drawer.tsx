import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { Button } from '@/shared/ui/button/button'
import { DetailBody } from './detail-body'
import styles from './work-order-drawer.module.css'

export interface WorkOrderDrawerProps {
  /** The work order's id, from the URL. */
  id: string
  /** The list's filters under the drawer: the way back keeps them. */
  listSearch: WorkOrderListSearch
  /** Leaves the detail for the list (the route decides how: back in history or a navigation). */
  onClose: () => void
}

/**
 * A work order's detail over the list, as a modal drawer: the native `<dialog>` opened with
 * `showModal()`, so the browser makes the page underneath inert (focus stays inside, screen
 * readers see only the drawer). Escape, the Close button and a click on the backdrop all leave
 * through `onClose`, which changes the URL; the drawer closes because its route is left.
 */
export function WorkOrderDrawer({ id, listSearch, onClose }: WorkOrderDrawerProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Taken at the first render, before the drawer moves focus (and before a strict-mode remount
  // would see the focus the first cleanup left behind).
  const [opener] = useState(() =>
    typeof document === 'undefined' || !(document.activeElement instanceof HTMLElement)
      ? null
      : document.activeElement,
  )

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    // The title first, so a screen reader starts at the top rather than on the Close button.
    headingRef.current?.focus()
    return () => {
      if (dialog.open) dialog.close()
      // Back where the user was (the row that opened it); else the page's main region.
      const target =
        opener?.isConnected && opener !== document.body ? opener : document.getElementById('main')
      target?.focus({ preventScroll: true })
    }
  }, [opener])

  // Another work order in the same drawer (back/forward between two details): start at its title.
  useEffect(() => {
    headingRef.current?.focus()
  }, [id])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    // Handled here rather than by the dialog's own cancel, which would close it before the URL
    // changed (and which some browsers stop honouring after repeated cancels).
    event.preventDefault()
    onClose()
  }

  // A click outside the drawer's box lands on the dialog element too: that is the backdrop.
  // (Tested by position: a click on the drawer's own scrollbar also targets the dialog.)
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target !== event.currentTarget || event.detail === 0) return
    const box = event.currentTarget.getBoundingClientRect()
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom
    if (!inside) onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      className={styles.drawer}
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className={styles.frame}>
        <header className={styles.header}>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className={styles.title}>
            {t('workOrderDetail.dialogTitle', { id })}
          </h2>
          <Button onClick={onClose} aria-describedby={`${titleId}-hint`}>
            <span aria-hidden="true">✕ </span>
            {t('workOrderDetail.close')}
          </Button>
          <span id={`${titleId}-hint`} className="visually-hidden">
            {t('workOrderDetail.closeHint')}
          </span>
        </header>
        <div className={styles.content}>
          <DetailBody id={id} listSearch={listSearch} onClose={onClose} />
        </div>
      </div>
    </dialog>
  )
}
