import styles from './planned-notice.module.css'

/** Marks a page whose content a later release fills, so nobody mistakes it for missing data. */
export function PlannedNotice({ children }: { children: string }) {
  return (
    <p className={styles.notice} role="note">
      {children}
    </p>
  )
}
