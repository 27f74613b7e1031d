import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { alertsInfiniteQueryOptions } from '@/entities/alert/api/alert-queries'
import type { Report } from '@/entities/report/model/report-figures'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'

type Hotspot = Report['hotspots'][number]

/**
 * What was done about each hotspot, from the spike alerts raised in the report's period for the
 * same category (in its district or city-wide): the plan activated, else the acknowledgement,
 * else that it is still open. The API keeps alerts for 14 days, so older periods have none.
 */
export function useHotspotActions(
  report: Report | undefined,
): ((hotspot: Hotspot) => string | undefined) | undefined {
  const { t } = useTranslation()
  const locale = useLocale()
  const enabled = report !== undefined && report.hotspots.length > 0
  const alerts = useInfiniteQuery({
    ...alertsInfiniteQueryOptions({ type: 'spike', from: report?.from, to: report?.to }),
    enabled,
  })
  if (!enabled) return undefined
  if (alerts.status === 'pending') return () => undefined
  if (alerts.status === 'error') return () => t('reports.actions.failed')
  const items = alerts.data.pages.flatMap((page) => page.items)
  return (hotspot) => {
    const matching = items.filter(
      (alert) =>
        alert.spike?.category === hotspot.category &&
        (alert.spike.district === hotspot.district || alert.spike.district === null),
    )
    const planned = matching.find((alert) => alert.plan !== null)
    if (planned?.plan) {
      return t('reports.actions.plan', {
        plan: t(`reports.plans.${planned.plan.code}`),
        by: planned.plan.activatedBy,
        time: formatChinaDateTime(planned.plan.activatedAt, locale),
      })
    }
    const acknowledged = matching.find((alert) => alert.acknowledgedAt !== null)
    if (acknowledged?.acknowledgedAt) {
      return t('reports.actions.acknowledged', {
        by: acknowledged.acknowledgedBy ?? '',
        time: formatChinaDateTime(acknowledged.acknowledgedAt, locale),
      })
    }
    return matching.length > 0 ? t('reports.actions.open') : undefined
  }
}
