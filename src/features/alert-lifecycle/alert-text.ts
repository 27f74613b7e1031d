import type { TFunction } from 'i18next'
import type { Alert } from '@/entities/alert/api/alert-mutations'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay, formatCount, formatDeadline } from '@/shared/lib/format'

/** What an alert is about: a unit (cards) or a category and its area (spikes). Plain text. */
export function alertWhat(alert: Alert, t: TFunction, unitNames: ReadonlyMap<string, string>): string {
  const { spike } = alert
  if (spike) {
    return t('alertLifecycle.spikeWhat', {
      category: t(`codes.category.${spike.category}`),
      area: spike.district ? t(`codes.district.${spike.district}`) : t('alertLifecycle.wholeCity'),
    })
  }
  return alert.unit ? (unitNames.get(alert.unit) ?? alert.unit) : ''
}

/** The alert's count in words: a spike's week against its threshold, a card's items. */
export function alertCount(alert: Alert, t: TFunction, locale: Locale): string {
  const { spike } = alert
  const n = formatCount(alert.itemCount, locale)
  if (spike) {
    return t('alertLifecycle.spikeCount', {
      from: formatCalendarDay(spike.windowFrom, locale, 'monthDay'),
      to: formatCalendarDay(spike.windowTo, locale, 'monthDay'),
      count: n,
      threshold: formatCount(Math.round(spike.threshold), locale),
      mean: formatCount(Math.round(spike.baselineMean), locale),
    })
  }
  if (alert.type === 'redCard') return t('alertLifecycle.redCount', { n })
  const deadline = alert.deadlineAt === null ? '' : formatDeadline(alert.deadlineAt, locale)
  return t('alertLifecycle.yellowCount', { n, deadline })
}
