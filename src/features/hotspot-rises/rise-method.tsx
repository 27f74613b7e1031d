import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay, formatCount } from '@/shared/lib/format'
import type { Rises } from './rise-model'
import styles from './hotspot-rises.module.css'

/** The method in words, from the parameters the API used (never from constants of the UI). */
export function RiseMethod({ rises }: { rises: Rises }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { method } = rises
  const last = rises.weeks.at(-1)
  return (
    <section className={styles.method} aria-labelledby="rise-method-title">
      <h2 id="rise-method-title" className={styles.methodTitle}>
        {t('hotspotRises.method.title')}
      </h2>
      <p>
        {t('hotspotRises.method.text', {
          baselineWeeks: method.baselineWeeks,
          holidayYears: method.holidayYears,
          sigma: method.sigma,
          minCount: formatCount(method.minCount, locale),
          times: 1 + method.minRise,
        })}{' '}
        {last
          ? t('hotspotRises.method.weeks', { weeks: method.weeks, to: formatCalendarDay(last.to, locale) })
          : null}{' '}
        {method.rowCap === null
          ? t('hotspotRises.method.all')
          : t('hotspotRises.method.cap', {
              cap: method.rowCap,
              total: formatCount(rises.totalRows, locale),
            })}
      </p>
    </section>
  )
}
