import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { breakdownQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { addDays } from '@/entities/period/china-days'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { usePolling } from '@/shared/preferences/use-polling'
import { trendDays } from './use-wall-trends-data'

/** Unit names are reference data: read again hourly, not at every poll. */
const unitNamesRefreshMs = 60 * 60_000

/**
 * The queries of the rankings scene: on-time closure and volume by district and by unit over the
 * same 30 days as the trend, and the units' names. Polled whatever scene shows; keys hold China
 * days only, and the last answer stays while a new day's loads. A wall whose link leaves the
 * scene out (`active: false`) asks for none of it.
 */
export function useWallRankingsData(today: string, { active }: { active: boolean }) {
  const polling = { ...usePolling(), placeholderData: keepPreviousData, enabled: active }
  const period = { from: addDays(today, -(trendDays - 1)), to: today }
  const districtClosure = useQuery({
    ...breakdownQueryOptions('district', { ...period, metric: 'closure' }),
    ...polling,
  })
  const unitClosure = useQuery({
    ...breakdownQueryOptions('unit', { ...period, metric: 'closure' }),
    ...polling,
  })
  const districtReceived = useQuery({
    ...breakdownQueryOptions('district', { ...period, metric: 'received' }),
    ...polling,
  })
  const unitReceived = useQuery({
    ...breakdownQueryOptions('unit', { ...period, metric: 'received' }),
    ...polling,
  })
  const units = useQuery({ ...unitsQueryOptions(), refetchInterval: unitNamesRefreshMs, enabled: active })
  return { districtClosure, unitClosure, districtReceived, unitReceived, units }
}

export type WallRankingsData = ReturnType<typeof useWallRankingsData>
