import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay, formatChinaDateTime, formatCount } from '@/shared/lib/format'
import styles from './alerts-strip.module.css'

type Alert = components['schemas']['Alert']

/** A symbol per type, beside its name: the type never rests on colour alone. */
const typeSymbols: Record<Alert['type'], string> = { yellowCard: '▲', redCard: '■', spike: '↑' }

interface AlertRowProps {
  alert: Alert
  /** Unit names by code, from `GET /units`; a unit not (yet) known shows its code. */
  unitNames: ReadonlyMap<string, string>
  locale: Locale
}

/**
 * One alert as a link to its entry on Hotspots, where it is handled: its type, what it is about (a unit's
 * overdue or soon-due items, or a category above its baseline), when it was raised and its
 * state. Names from data are plain React text.
 */
export function AlertRow({ alert, unitNames, locale }: AlertRowProps) {
  const { t } = useTranslation()
  const { spike } = alert
  let what: string
  let detail: string
  if (spike) {
    what = t('alertsStrip.spikeWhat', {
      category: t(`codes.category.${spike.category}`),
      area: spike.district ? t(`codes.district.${spike.district}`) : t('alertsStrip.wholeCity'),
    })
    detail = t('alertsStrip.spikeDetail', {
      from: formatCalendarDay(spike.windowFrom, locale, 'monthDay'),
      to: formatCalendarDay(spike.windowTo, locale, 'monthDay'),
      count: formatCount(spike.count, locale),
      threshold: formatCount(spike.threshold, locale),
    })
  } else {
    what = alert.unit ? (unitNames.get(alert.unit) ?? alert.unit) : ''
    const items = { count: alert.itemCount, n: formatCount(alert.itemCount, locale) }
    detail =
      alert.type === 'yellowCard'
        ? t('alertsStrip.cardItems.yellowCard', items)
        : t('alertsStrip.cardItems.redCard', items)
  }
  return (
    <li>
      {/* To its entry in the alerts section of Hotspots (alert-lifecycle's `alert-<id>`). */}
      <Link to="/hotspots" hash={`alert-${alert.id}`} className={styles.row} data-type={alert.type}>
        <span className={styles.type}>
          <span aria-hidden="true">{typeSymbols[alert.type]} </span>
          {t(`alertsStrip.type.${alert.type}`)}
        </span>
        <span className={styles.what}>{what}</span>
        <span className={styles.detail}>{detail}</span>
        <span className={styles.meta}>
          <time dateTime={alert.raisedAt}>
            {t('alertsStrip.raisedAt', { time: formatChinaDateTime(alert.raisedAt, locale) })}
          </time>
          <span className={styles.status}>{t(`alertsStrip.status.${alert.status}`)}</span>
        </span>
      </Link>
    </li>
  )
}
