import type { ReactNode } from 'react'
import styles from './page.module.css'

export interface PageProps {
  title: string
  description?: string
  /** Controls shown beside the title, such as a period bar or a refresh button. */
  actions?: ReactNode
  children?: ReactNode
}

/** The frame of a routed page: one h1, an optional lead, then the content. */
export function Page({ title, description, actions, children }: PageProps) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{title}</h1>
          {description ? <p className={styles.description}>{description}</p> : null}
        </div>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </header>
      {children}
    </div>
  )
}
