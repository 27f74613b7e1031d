import { memo, useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { kpiSummaryQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { summaryParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { formatCount, formatMoneyFen, formatRate } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { CardGridSkeleton } from './card-grid-skeleton'
import { CardSparkline } from './card-sparkline'
import {
  cardFigures,
  figureChange,
  noChangeReason,
  summaryFigures,
  type CardFigure,
  type KpiSummary,
} from './card-figures'
import { figureText } from './figure-text'
import { KpiCard, type KpiCardProps } from './kpi-card'
import { OpenCard } from './open-card'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './kpi-cards.module.css'

/**
 * The key figures of the period as cards, from one `GET /kpis/summary` with the comparison. The
 * page reads the same query (same key, one request) for its "data as of".
 */
export function KpiCardsPanel({ filters, compare, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const query = useCarriedOver(
    {
      ...kpiSummaryQueryOptions(summaryParams(filters, compare)),
      ...usePolling(),
      select: summaryFigures,
    },
    carryScope,
  )
  return (
    <PanelFrame title={t('overview.cards.title')} query={query} skeleton={<CardGridSkeleton />}>
      {(summary) => <KpiCardGrid summary={summary} filters={filters} carryScope={carryScope} />}
    </PanelFrame>
  )
}

/** Memoized: a poll that brings the same figures (only a new `asOf`) draws nothing again. */
const KpiCardGrid = memo(function KpiCardGrid({
  summary,
  filters,
  carryScope,
}: {
  summary: KpiSummary
  filters: OverviewPanelProps['filters']
  carryScope: OverviewPanelProps['carryScope']
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  // Drill-downs list the items of the figure for the period the figure was computed for.
  const scope: WorkOrderListSearch = {
    from: summary.period.from,
    to: summary.period.to,
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  }
  // The figures paint first; the trend lines (eight requests and their drawing) follow in a
  // background render, so that nothing they cost delays the page's main content.
  const trendsWanted = useDeferredValue(true, false)
  const basis = summary.comparison?.basis
  const compareLabel = basis ? t(`overview.cards.vs.${basis}`) : ''

  const cardProps = (figure: CardFigure): KpiCardProps => {
    const title = t(`overview.cards.${figure.id}.title`)
    const change = figureChange(figure)
    const noChange = noChangeReason(figure, basis !== undefined)
    const value = figureText(figure.kind, figure.value, locale, figure)
    const links: { key: string; label: string; search: WorkOrderListSearch }[] = [
      { key: 'all', label: t('overview.cards.drill'), search: { ...scope, metric: figure.metric } },
    ]
    if (figure.late !== undefined && figure.late > 0) {
      links.push({
        key: 'late',
        label: t('overview.cards.drillLate', { value: formatCount(figure.late, locale) }),
        search: { ...scope, metric: figure.metric, outcome: 'late' },
      })
    }
    return {
      title,
      value,
      missingReason:
        figure.value === null
          ? t(figure.id === 'satisfaction' ? 'overview.cards.noneSurveyed' : 'overview.cards.noDenominator')
          : undefined,
      detail: detailOf(figure),
      change: summary.comparison
        ? change && { ...change, sense: figure.sense, label: compareLabel }
        : undefined,
      noChangeText: basis && noChange ? t(`overview.cards.noChange.${basis}.${noChange}`) : undefined,
      definition: t(`overview.cards.${figure.id}.definition`),
      sparkline: (
        <CardSparkline
          title={title}
          metric={figure.metric}
          filters={filters}
          paused={!trendsWanted}
          carryScope={carryScope}
        />
      ),
      links,
    }
  }

  const detailOf = (figure: CardFigure): string | undefined => {
    switch (figure.id) {
      case 'received':
        return t('overview.cards.received.parts', {
          complaints: formatCount(summary.received.complaints, locale),
          reports: formatCount(summary.received.reports, locale),
          consultations: formatCount(summary.received.consultations, locale),
        })
      case 'consumerAssociation': {
        const ca = summary.consumerAssociation
        return t('overview.cards.consumerAssociation.parts', {
          rate: formatRate(ca.resolutionRate, locale, { numerator: ca.resolved, denominator: ca.due }),
          recovered: formatMoneyFen(ca.recoveredFen, locale),
        })
      }
      default:
        return figure.kind === 'rate'
          ? t('overview.cards.ofDue', {
              numerator: formatCount(figure.numerator, locale),
              denominator: formatCount(figure.denominator, locale),
            })
          : undefined
    }
  }

  return (
    <div className={styles.grid}>
      {/* First: what needs action now. */}
      <OpenCard open={summary.open} filters={filters} />
      {cardFigures(summary).map((figure) => (
        <KpiCard key={figure.id} {...cardProps(figure)} />
      ))}
    </div>
  )
})
