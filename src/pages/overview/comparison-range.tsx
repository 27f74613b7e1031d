import { useTranslation } from 'react-i18next'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { summaryParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { chinaDay, formatCalendarDay, formatChinaDateTime } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { useLocale } from '@/shared/i18n/use-locale'

interface ComparedWith {
  readonly from: string
  readonly to: string
  /** Where a running period's comparison stops (see the spec's `ComparisonAsOf`); null: all of it. */
  readonly until: string | null
}

/** Module-level, so the query keeps one `select` and re-runs it only with new data. */
function comparedWith(summary: components['schemas']['KpiSummary']): ComparedWith | null {
  const comparison = summary.comparison
  if (comparison === null) return null
  const { from, to } = comparison.period
  // Read before its last day was over: the period being compared is still running.
  const until = chinaDay(comparison.asOf) <= to ? comparison.asOf : null
  return { from, to, until }
}

/**
 * What the figures are compared with, from the key figures' answer (same query, one request).
 * A period still running is compared with the comparison period only as far in as it has got:
 * the line says where that stops, or "−95 %" at nine in the morning reads as a collapse.
 */
export function ComparisonRange({ filters, compare, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { data } = useCarriedOver(
    {
      ...kpiSummaryQueryOptions(summaryParams(filters, compare)),
      ...usePolling(),
      select: comparedWith,
    },
    carryScope,
  )
  if (!data) return null
  const from = formatCalendarDay(data.from, locale)
  return (
    <span>
      {data.until === null
        ? t('overview.filters.comparedWith', { from, to: formatCalendarDay(data.to, locale) })
        : t('overview.filters.comparedWithSoFar', { from, until: formatChinaDateTime(data.until, locale) })}
    </span>
  )
}
