import type { TFunction } from 'i18next'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay } from '@/shared/lib/format'
import type { WorkOrderFilters } from './list-params'

/**
 * The active filters in words, one phrase each, in the order a reader asks about them: which
 * alert, which figure and which side of it, which state, when, where, what, who, where it waits and when it
 * falls due. For example
 * ["按时办结率", "逾期", "2026年12月1日 至 2026年12月5日", "东港区"]. Codes become names; the
 * keyword and unit names are data and stay plain strings for React to render as text.
 */
export function describeFilters(
  filters: WorkOrderFilters,
  t: TFunction,
  locale: Locale,
  unitNames: ReadonlyMap<string, string>,
): string[] {
  const { metric, outcome, status, from, to, district, channel, kind, category, unit, stage, ca, q } = filters
  const { dueFrom, dueTo, alert } = filters
  const day = (value: string) => formatCalendarDay(value, locale)
  const phrases: string[] = []
  if (alert) phrases.push(t('workOrders.filters.alert', { id: alert }))
  if (metric) phrases.push(t(`workOrders.metric.${metric}`))
  // `all` is the whole figure: saying so adds nothing to the figure's name.
  if (outcome && outcome !== 'all') phrases.push(t(`workOrders.outcome.${outcome}`))
  if (status) phrases.push(t(`workOrders.status.${status}`))
  if (from && to) phrases.push(t('workOrders.filters.range', { from: day(from), to: day(to) }))
  else if (from) phrases.push(t('workOrders.filters.since', { from: day(from) }))
  else if (to) phrases.push(t('workOrders.filters.until', { to: day(to) }))
  if (district) phrases.push(t(`codes.district.${district}`))
  if (channel) phrases.push(t(`codes.channel.${channel}`))
  if (kind) phrases.push(t(`codes.kind.${kind}`))
  if (category) phrases.push(t(`codes.category.${category}`))
  if (unit) phrases.push(t('workOrders.filters.unit', { unit: unitNames.get(unit) ?? unit }))
  if (stage) phrases.push(t('workOrders.filters.stage', { stage: t(`codes.stage.${stage}`) }))
  if (dueFrom && dueFrom === dueTo) phrases.push(t('workOrders.filters.dueOn', { day: day(dueFrom) }))
  else if (dueFrom && dueTo)
    phrases.push(t('workOrders.filters.dueRange', { from: day(dueFrom), to: day(dueTo) }))
  else if (dueFrom) phrases.push(t('workOrders.filters.dueSince', { from: day(dueFrom) }))
  else if (dueTo) phrases.push(t('workOrders.filters.dueUntil', { to: day(dueTo) }))
  if (ca !== undefined) {
    phrases.push(
      t(ca ? 'workOrders.filters.consumerAssociation' : 'workOrders.filters.notConsumerAssociation'),
    )
  }
  if (q) phrases.push(t('workOrders.filters.keyword', { keyword: q }))
  return phrases
}
