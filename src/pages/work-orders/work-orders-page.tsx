import { getRouteApi, Outlet } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DeadlineWavePanel } from '@/features/deadline-wave/deadline-wave-panel'
import { Page } from '@/shared/ui/page/page'
import { FilterSummary } from './filter-summary'
import { ListFilterBar } from './list-filter-bar'
import { listParams, waveFilters, waveScope, type WorkOrderFilters } from './list-params'
import { StatusTabs } from './status-tabs'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import { WorkOrdersPanel } from './work-orders-panel'

const route = getRouteApi('/_shell/work-orders')

/**
 * The work-order list, where a figure's drill-down lands: the filters in words, the state tabs,
 * and the matching items, whose total equals the figure.
 */
export function WorkOrdersPage() {
  const { t } = useTranslation()
  const filters = route.useSearch()
  const unitNames = useUnitNames()
  const params = listParams(filters)
  // The wave's props change only with its own filters: a new state tab or order leaves it be.
  const waveKey = JSON.stringify(waveFilters(filters))
  const wave = useMemo(() => {
    const scope = JSON.parse(waveKey) as WorkOrderFilters
    return { scope: waveScope(scope), linkSearch: scope }
  }, [waveKey])
  return (
    <Page title={t('pages.workOrders.title')} description={t('pages.workOrders.description')}>
      <FilterSummary filters={filters} unitNames={unitNames} />
      <ListFilterBar key={filters.q ?? ''} unitNames={unitNames} />
      <StatusTabs current={filters.status} params={params} />
      <DeadlineWavePanel scope={wave.scope} linkSearch={wave.linkSearch} unitNames={unitNames} />
      <WorkOrdersPanel params={params} search={filters} unitNames={unitNames} />
      {/* A work order's detail (/work-orders/$id) opens over the list, which stays underneath. */}
      <Outlet />
    </Page>
  )
}
