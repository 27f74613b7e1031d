import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { describeFilters } from './describe-filters'
import type { WorkOrderFilters } from './list-params'
import styles from './filter-summary.module.css'

interface FilterSummaryProps {
  filters: WorkOrderFilters
  unitNames: ReadonlyMap<string, string>
}

/** What the list is narrowed to, in one sentence, with the ways out of it. */
export function FilterSummary({ filters, unitNames }: FilterSummaryProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const phrases = describeFilters(filters, t, locale, unitNames)
  return (
    <div className={styles.summary}>
      <p className={styles.sentence}>
        <span className="visually-hidden">{t('workOrders.filters.label')}: </span>
        <span>
          {phrases.length > 0
            ? phrases.join(t('workOrders.filters.separator'))
            : t('workOrders.filters.none')}
        </span>
      </p>
      <ul className={styles.links}>
        {filters.alert ? (
          <li>
            <Link to="/work-orders" search={({ alert: _alert, ...rest }) => rest}>
              {t('workOrders.filters.clearAlert')}
            </Link>
          </li>
        ) : null}
        {phrases.length > 0 ? (
          <li>
            <Link to="/work-orders" search={{}}>
              {t('workOrders.filters.clear')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/">{t('workOrders.filters.backToOverview')}</Link>
        </li>
      </ul>
    </div>
  )
}
