import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { sixTimelyQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type KpiFilters, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { withoutAsOf } from '@/shared/api/without-as-of'
import type { Locale } from '@/shared/i18n/locales'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatRate } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { TimelyRateRow } from './timely-rate-row'
import { barScaleStart, nothingFellDue, type TimelyRate } from './timely-status'
import styles from './six-timely-panel.module.css'

/**
 * The six timely rates (六个及时) of the period, in the API's order, each against its target,
 * with its counts, definition and a way into the items that missed.
 */
export function SixTimelyPanel({ filters, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useCarriedOver(
    {
      ...sixTimelyQueryOptions(filterParams(filters)),
      ...usePolling(),
      select: withoutAsOf,
    },
    carryScope,
  )
  return (
    <PanelFrame
      title={t('sixTimely.title')}
      query={query}
      isEmpty={(data) => nothingFellDue(data.items)}
      emptyMessage={t('sixTimely.empty')}
    >
      {(data) => <TimelyRateList items={data.items} filters={filters} locale={locale} />}
    </PanelFrame>
  )
}

interface TimelyRateListProps {
  items: TimelyRate[]
  filters: KpiFilters
  locale: Locale
}

/** Memoized: a poll that brings the same rates (only a new `asOf`) draws nothing again. */
const TimelyRateList = memo(function TimelyRateList({ items, filters, locale }: TimelyRateListProps) {
  const { t } = useTranslation()
  const scaleStart = barScaleStart(items)
  return (
    <div className={styles.container}>
      <ol className={styles.list}>
        {items.map((item) => (
          <TimelyRateRow
            key={item.code}
            item={item}
            filters={filters}
            locale={locale}
            scaleStart={scaleStart}
          />
        ))}
      </ol>
      <p className={styles.scale}>
        {t('sixTimely.scale', { from: formatRate(scaleStart, locale), to: formatRate(1, locale) })}
      </p>
    </div>
  )
})
