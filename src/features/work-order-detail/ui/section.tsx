import { useId, type ReactNode } from 'react'
import styles from './detail.module.css'

/** One part of the detail: a region named by its heading. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId()
  return (
    <section aria-labelledby={titleId} className={styles.section}>
      <h3 id={titleId} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  )
}

interface FactProps {
  label: string
  /** Text from the public: its own direction, wrapped anywhere, never markup. */
  freeText?: boolean
  children: ReactNode
}

/** A term and its value, inside a `<dl>`. */
export function Fact({ label, freeText = false, children }: FactProps) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd className={freeText ? styles.freeText : undefined} dir={freeText ? 'auto' : undefined}>
        {children}
      </dd>
    </div>
  )
}
