import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import type { KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { overviewFilters } from './overview-filters'

const route = getRouteApi('/_shell/')

/**
 * The overview's view from its URL: the period resolved to China days up to today, the
 * comparison and the filters. The range only moves when the China day turns, so query keys
 * built from it hold still between polls.
 */
export function useOverviewView() {
  const search = route.useSearch()
  const today = useChinaDay()
  const filters: KpiFilters = useMemo(() => overviewFilters(search, today), [search, today])
  // What the reader chose: panels carry their answers over to the next day's dates only while it
  // stays (useCarriedOver).
  const carryScope = JSON.stringify(search)
  return { search, today, filters, compare: search.compare, carryScope, navigate: route.useNavigate() }
}
