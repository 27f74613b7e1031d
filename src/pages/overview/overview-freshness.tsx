import { useQueryClient } from '@tanstack/react-query'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { summaryParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import { FreshnessBar } from '@/features/freshness/freshness-bar'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { usePolling } from '@/shared/preferences/use-polling'

/**
 * The Overview's freshness bar, fed by the key figures' query (same key as the cards: one
 * request), read here for the time of the data. A component of its own so that only the bar
 * subscribes to that query: in the page, every fetch's start and end (isFetching,
 * dataUpdatedAt, asOf) re-rendered the whole page, every panel and every chart's option.
 */
export function OverviewFreshness({ filters, compare, carryScope }: OverviewPanelProps) {
  const polling = usePolling()
  const queryClient = useQueryClient()
  const summary = useCarriedOver(
    { ...kpiSummaryQueryOptions(summaryParams(filters, compare)), ...polling },
    carryScope,
  )
  return (
    <FreshnessBar
      asOf={summary.data?.asOf}
      status={summary.status}
      isFetching={summary.isFetching}
      dataUpdatedAt={summary.dataUpdatedAt}
      intervalMs={polling.refetchInterval}
      onRefresh={() => void queryClient.refetchQueries({ type: 'active' })}
    />
  )
}
