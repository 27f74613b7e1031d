import { useEffect, useRef, useState, type ReactNode } from 'react'
import styles from './escalations.module.css'

/**
 * What a row's action said ("… 的督办已结束。"), for a panel's `notice`, so that it outlives the
 * row. `leaves`: the action took the row off the list, and the focus goes to the message rather
 * than falling to the page.
 */
export function useDoneNotice(): { notice: ReactNode; onDone: (message: string, leaves: boolean) => void } {
  const [done, setDone] = useState({ message: '', leaves: false })
  const status = useRef<HTMLParagraphElement>(null)
  // Once the message is drawn (an empty status is not shown, so it cannot take the focus before).
  useEffect(() => {
    if (done.leaves) status.current?.focus()
  }, [done])
  const notice = (
    <p ref={status} role="status" className={styles.done} tabIndex={-1}>
      {done.message}
    </p>
  )
  return { notice, onDone: (message, leaves) => setDone({ message, leaves }) }
}
