import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatRate } from '@/shared/lib/format'
import { missedItemsSearch } from './missed-items-search'
import { TimelyDefinitionDetails } from './timely-definition-details'
import { TimelyRateBar } from './timely-rate-bar'
import { isBelowTarget, missedCount, type TimelyRate } from './timely-status'
import styles from './six-timely-panel.module.css'

interface TimelyRateRowProps {
  item: TimelyRate
  filters: KpiFilters
  locale: Locale
  /** Where the panel's common bar scale starts. */
  scaleStart: number
}

/**
 * One of the six rates: the rate against its target (a shortfall told in words and a symbol,
 * coloured only as a third cue), the counts behind it, a bar with the target line, the items
 * that missed, and how it is computed.
 */
export function TimelyRateRow({ item, filters, locale, scaleStart }: TimelyRateRowProps) {
  const { t } = useTranslation()
  const nameId = useId()
  const below = isBelowTarget(item)
  const missed = missedCount(item)
  const rateText = formatRate(item.rate, locale, item)
  const targetText = formatRate(item.target, locale)

  return (
    <li className={styles.row} data-below-target={below || undefined} aria-labelledby={nameId}>
      <div className={styles.rowHead}>
        <h3 id={nameId} className={styles.name}>
          {t(`sixTimely.items.${item.code}.name`)}
        </h3>
        {item.rate === null ? null : below ? (
          <span className={styles.below}>
            <span aria-hidden="true">▼</span>
            {t('sixTimely.belowTarget')}
          </span>
        ) : (
          <span className={styles.met}>
            <span aria-hidden="true">✓</span>
            {t('sixTimely.metTarget')}
          </span>
        )}
      </div>
      <p className={styles.figures}>
        <span className={styles.rate}>{rateText}</span>
        <span className={styles.target}>{t('sixTimely.target', { target: targetText })}</span>
      </p>
      {item.rate === null ? (
        <p className={styles.reason}>
          {t(item.code === 'analysis' ? 'sixTimely.noRateAnalysis' : 'sixTimely.noRate')}
        </p>
      ) : null}
      <TimelyRateBar rate={item.rate} target={item.target} below={below} scaleStart={scaleStart} />
      <p className={styles.counts}>
        {t('sixTimely.counts', {
          numerator: formatCount(item.numerator, locale),
          denominator: formatCount(item.denominator, locale),
        })}
      </p>
      <p className={styles.drill}>
        {item.metric === null ? (
          <span className={styles.note}>{t('sixTimely.analysisNoList')}</span>
        ) : missed > 0 ? (
          <Link to="/work-orders" search={missedItemsSearch(item.metric, filters)} className={styles.link}>
            {t('sixTimely.missed', { count: missed, n: formatCount(missed, locale) })}
          </Link>
        ) : (
          <span className={styles.note}>{t('sixTimely.noneMissed')}</span>
        )}
      </p>
      <TimelyDefinitionDetails item={item} locale={locale} />
    </li>
  )
}
