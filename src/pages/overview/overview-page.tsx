import { useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams } from '@/entities/kpi/model/kpi-filters'
import { FreshnessBar } from '@/features/freshness/freshness-bar'
import { KpiCardsPanel } from '@/features/kpi-cards/kpi-cards-panel'
import { usePolling } from '@/shared/preferences/use-polling'
import { Page } from '@/shared/ui/page/page'
import { WhenVisible } from '@/shared/ui/when-visible/when-visible'
import { FilterBar } from './filter-bar'
import { useOverviewView } from './use-overview-view'
import styles from './overview-page.module.css'

// The first load carries the key figures only. The six timely rates load their code at once,
// beside the first answers; the panels below the fold load theirs when scrolled near.
const SixTimelyPanel = lazy(() =>
  import('@/features/six-timely/six-timely-panel').then((module) => ({ default: module.SixTimelyPanel })),
)
const AlertsStrip = lazy(() =>
  import('@/features/alerts-strip/alerts-strip').then((module) => ({ default: module.AlertsStrip })),
)
const TrendPanel = lazy(() =>
  import('@/features/overview-trend/trend-panel').then((module) => ({ default: module.TrendPanel })),
)
const ChannelMixPanel = lazy(() =>
  import('@/features/overview-breakdowns').then((module) => ({ default: module.ChannelMixPanel })),
)
const TopCategoriesPanel = lazy(() =>
  import('@/features/overview-breakdowns').then((module) => ({ default: module.TopCategoriesPanel })),
)
const RankingPanel = lazy(() =>
  import('@/features/overview-breakdowns').then((module) => ({ default: module.RankingPanel })),
)

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
        <KpiCardsPanel filters={filters} compare={compare} />
        <Suspense fallback={<div className={styles.sixTimelyPlaceholder} />}>
          <SixTimelyPanel filters={filters} compare={compare} />
        </Suspense>
        {/* Below the fold: asked for when scrolled near, so the figures above paint first. */}
        <WhenVisible minHeight="8rem">
          <AlertsStrip />
        </WhenVisible>
        <WhenVisible minHeight="24rem">
          <TrendPanel filters={filters} compare={compare} />
        </WhenVisible>
        <WhenVisible minHeight="18rem" className={styles.half}>
          <ChannelMixPanel filters={filters} compare={compare} />
        </WhenVisible>
        <WhenVisible minHeight="18rem" className={styles.half}>
          <TopCategoriesPanel filters={filters} compare={compare} />
        </WhenVisible>
        <WhenVisible minHeight="24rem">
          <RankingPanel filters={filters} compare={compare} />
        </WhenVisible>
      </div>
    </Page>
  )
}
