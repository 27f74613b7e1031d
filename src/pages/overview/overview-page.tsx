import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams } from '@/entities/kpi/model/kpi-filters'
import { AlertsStrip } from '@/features/alerts-strip/alerts-strip'
import { FreshnessBar } from '@/features/freshness/freshness-bar'
import { KpiCardsPanel } from '@/features/kpi-cards/kpi-cards-panel'
import { ChannelMixPanel, RankingPanel, TopCategoriesPanel } from '@/features/overview-breakdowns'
import { TrendPanel } from '@/features/overview-trend/trend-panel'
import { SixTimelyPanel } from '@/features/six-timely/six-timely-panel'
import { usePolling } from '@/shared/preferences/use-polling'
import { Page } from '@/shared/ui/page/page'
import { FilterBar } from './filter-bar'
import { useOverviewView } from './use-overview-view'
import styles from './overview-page.module.css'

/**
 * The page a deputy director opens first: the period's key figures, the six timely rates, the
 * trend, the rankings and the newest alerts. Each panel is its own query in its own frame, so
 * one failing panel keeps its last data and the others go on.
 */
export function OverviewPage() {
  const { t } = useTranslation()
  const view = useOverviewView()
  const { filters, compare } = view
  const polling = usePolling()
  const queryClient = useQueryClient()
  // The same query (same key) as the cards: one request, read here for the time of the data.
  const summary = useQuery({ ...kpiSummaryQueryOptions({ ...filterParams(filters), compare }), ...polling })

  return (
    <Page
      title={t('pages.overview.title')}
      actions={
        <FreshnessBar
          asOf={summary.data?.asOf}
          status={summary.status}
          isFetching={summary.isFetching}
          dataUpdatedAt={summary.dataUpdatedAt}
          intervalMs={polling.refetchInterval}
          onRefresh={() => void queryClient.refetchQueries({ type: 'active' })}
        />
      }
    >
      <FilterBar view={view} />
      <div className={styles.panels}>
        <AlertsStrip />
        <KpiCardsPanel filters={filters} compare={compare} />
        <SixTimelyPanel filters={filters} compare={compare} />
        <TrendPanel filters={filters} compare={compare} />
        <div className={styles.half}>
          <ChannelMixPanel filters={filters} compare={compare} />
        </div>
        <div className={styles.half}>
          <TopCategoriesPanel filters={filters} compare={compare} />
        </div>
        <RankingPanel filters={filters} compare={compare} />
      </div>
    </Page>
  )
}
