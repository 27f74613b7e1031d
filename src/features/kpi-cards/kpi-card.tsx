import { Link } from '@tanstack/react-router'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { changeDirection, formatSignedChange } from '@/shared/lib/format'
import { ChangeIndicator } from '@/shared/ui/change-indicator/change-indicator'
import type { ChangeSense } from '@/shared/ui/change-indicator/change-tone'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './kpi-cards.module.css'

export interface CardChange {
  delta: number
  kind: 'points' | 'percent'
  sense: ChangeSense
  /** "较上期" / "vs previous period". */
  label: string
}

export interface KpiCardProps {
  title: string
  /** The value as shown ("99.86%", "1,204", "—"). */
  value: string
  /** Why the value is missing ("—"), e.g. nothing fell due. */
  missingReason?: string | undefined
  /** A second line: the counts behind a rate, or the parts of a total. */
  detail?: ReactNode
  /** Null: nothing to compare with (the card says so). Undefined: the figure has no comparison. */
  change?: CardChange | null
  /** With a null `change`: why, when the comparison period says (0, nothing due, no one surveyed). */
  noChangeText?: string | undefined
  definition: string
  sparkline?: ReactNode
  /** Links into the work-order list, each listing exactly the items the figure counts. */
  links: readonly { key: string; label: string; search: WorkOrderListSearch }[]
}

/**
 * One key figure: the value, its change with arrow, sign and words (colour only as a third cue),
 * its trend, where it comes from, and the work orders behind it.
 */
export function KpiCard({
  title,
  value,
  missingReason,
  detail,
  change,
  noChangeText,
  definition,
  sparkline,
  links,
}: KpiCardProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const locale = useLocale()
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <p className={styles.value}>
        {value}
        {missingReason ? <span className={styles.missing}>{missingReason}</span> : null}
      </p>
      {detail ? <p className={styles.detail}>{detail}</p> : null}
      {change === undefined ? null : change === null ? (
        <p className={styles.detail}>{noChangeText ?? t('overview.cards.noComparison')}</p>
      ) : (
        <p className={styles.change}>
          <ChangeIndicator
            direction={changeDirection(change.delta, change.kind)}
            text={formatSignedChange(change.delta, change.kind, locale)}
            sense={change.sense}
            comparisonLabel={change.label}
          />
        </p>
      )}
      {sparkline}
      <ul className={styles.links}>
        {links.map((link) => (
          <li key={link.key}>
            <Link to="/work-orders" search={link.search} className={styles.link}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <details className={styles.definition}>
        <summary>{t('overview.cards.howComputed')}</summary>
        <p>{definition}</p>
      </details>
    </article>
  )
}
