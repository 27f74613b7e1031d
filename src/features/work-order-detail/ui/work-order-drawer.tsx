import { useEffect, useId, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { Button } from '@/shared/ui/button/button'
import { useModalDialog } from '@/shared/ui/dialog/use-modal-dialog'
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
  const { dialogProps, headingRef } = useModalDialog(onClose)

  // Another work order in the same drawer (back/forward between two details): start at its title.
  useEffect(() => {
    headingRef.current?.focus()
  }, [id, headingRef])

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
    <dialog {...dialogProps} className={styles.drawer} aria-labelledby={titleId} onClick={onClick}>
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
