import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { formatCount } from '@/shared/lib/format'
import type { KpiSummary } from './card-figures'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './kpi-cards.module.css'

interface OpenCardProps {
  open: KpiSummary['open']
  filters: KpiFilters
}

/**
 * Overdue (red card) and at-risk (yellow card) items now: a state at the data time, not a figure
 * of the period, so it has no comparison and no trend, and its lists are not limited in time.
 */
export function OpenCard({ open, filters }: OpenCardProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const titleId = useId()
  const scope: WorkOrderListSearch = {
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  }
  return (
    <article className={`${styles.card} ${styles.openCard}`} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t('overview.cards.open.title')}
      </h3>
      <ul className={styles.openCounts}>
        <li>
          <Link
            to="/work-orders"
            search={{ ...scope, status: 'overdue' }}
            className={styles.openLink}
            data-severity={open.overdue > 0 ? 'bad' : undefined}
          >
            <span aria-hidden="true">● </span>
            {t('overview.cards.open.overdue', { value: formatCount(open.overdue, locale) })}
          </Link>
        </li>
        <li>
          <Link
            to="/work-orders"
            search={{ ...scope, status: 'atRisk' }}
            className={styles.openLink}
            data-severity={open.atRisk > 0 ? 'warn' : undefined}
          >
            <span aria-hidden="true">● </span>
            {t('overview.cards.open.atRisk', { value: formatCount(open.atRisk, locale) })}
          </Link>
        </li>
      </ul>
      <p className={styles.detail}>
        {t('overview.cards.open.parts', {
          total: formatCount(open.total, locale),
          supervised: formatCount(open.supervised, locale),
        })}
      </p>
      <p className={styles.detail}>{t('overview.cards.open.state')}</p>
      <details className={styles.definition}>
        <summary>{t('overview.cards.howComputed')}</summary>
        <p>{t('overview.cards.open.definition')}</p>
      </details>
    </article>
  )
}
