import { useTranslation } from 'react-i18next'
import { KpiCardsPanel } from '@/features/kpi-cards/kpi-cards-panel'
import { Page } from '@/shared/ui/page/page'
import { Deferred } from '@/shared/ui/deferred/deferred'
import { FilterBar } from './filter-bar'
import { OverviewFreshness } from './overview-freshness'
import { useOverviewView } from './use-overview-view'
import styles from './overview-page.module.css'

// The first load carries the key figures only. The six timely rates load their code at once,
// beside the first answers; the panels below the fold load theirs when scrolled near.
const loadSixTimely = () => import('@/features/six-timely/six-timely-panel').then((m) => m.SixTimelyPanel)
const loadAlerts = () => import('@/features/alerts-strip/alerts-strip').then((m) => m.AlertsStrip)
const loadTrend = () => import('@/features/overview-trend/trend-panel').then((m) => m.TrendPanel)
const loadBreakdowns = () => import('@/features/overview-breakdowns')

/**
 * The page a deputy director opens first: the period's key figures, the six timely rates, the
 * trend, the rankings and the newest alerts. Each panel is its own query in its own frame, so
 * one failing panel keeps its last data and the others go on.
 */
export function OverviewPage() {
  const { t } = useTranslation()
  const view = useOverviewView()
  const { filters, compare, carryScope } = view
  const props = { filters, compare, carryScope }

  return (
    <Page title={t('pages.overview.title')} actions={<OverviewFreshness {...props} />}>
      <FilterBar view={view} />
      <div className={styles.panels}>
        <KpiCardsPanel {...props} />
        <Deferred load={loadSixTimely} minHeight="20rem">
          {(SixTimelyPanel) => <SixTimelyPanel {...props} />}
        </Deferred>
        <Deferred load={loadAlerts} minHeight="8rem" whenVisible>
          {(AlertsStrip) => <AlertsStrip />}
        </Deferred>
        <Deferred load={loadTrend} minHeight="24rem" whenVisible>
          {(TrendPanel) => <TrendPanel {...props} />}
        </Deferred>
        <Deferred load={loadBreakdowns} minHeight="18rem" whenVisible className={styles.half}>
          {({ ChannelMixPanel }) => <ChannelMixPanel {...props} />}
        </Deferred>
        <Deferred load={loadBreakdowns} minHeight="18rem" whenVisible className={styles.half}>
          {({ TopCategoriesPanel }) => <TopCategoriesPanel {...props} />}
        </Deferred>
        <Deferred load={loadBreakdowns} minHeight="24rem" whenVisible>
          {({ RankingPanel }) => <RankingPanel {...props} />}
        </Deferred>
      </div>
    </Page>
  )
}
