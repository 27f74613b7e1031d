import { useQuery } from '@tanstack/react-query'
import { breakdownQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { addDays } from '@/entities/period/china-days'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { usePolling } from '@/shared/preferences/use-polling'
import { trendDays } from './use-wall-trends-data'
import { wallCarryScope } from './wall-polling'

/** Unit names are reference data: read again hourly, not at every poll. */
const unitNamesRefreshMs = 60 * 60_000

/**
 * The queries of the rankings scene: on-time closure and volume by district and by unit over the
 * same 30 days as the trend, and the units' names. Polled whatever scene shows; keys hold China
 * days only, and the last answer stays until a new day's arrives (useCarriedOver). A wall whose
 * link leaves the scene out (`active: false`) asks for none of it.
 */
export function useWallRankingsData(today: string, { active }: { active: boolean }) {
  const polling = { ...usePolling(), enabled: active }
  const period = { from: addDays(today, -(trendDays - 1)), to: today }
  const districtClosure = useCarriedOver(
    {
      ...breakdownQueryOptions('district', { ...period, metric: 'closure' }),
      ...polling,
    },
    wallCarryScope,
  )
  const unitClosure = useCarriedOver(
    {
      ...breakdownQueryOptions('unit', { ...period, metric: 'closure' }),
      ...polling,
    },
    wallCarryScope,
  )
  const districtReceived = useCarriedOver(
    {
      ...breakdownQueryOptions('district', { ...period, metric: 'received' }),
      ...polling,
    },
    wallCarryScope,
  )
  const unitReceived = useCarriedOver(
    {
      ...breakdownQueryOptions('unit', { ...period, metric: 'received' }),
      ...polling,
    },
    wallCarryScope,
  )
  const units = useQuery({ ...unitsQueryOptions(), refetchInterval: unitNamesRefreshMs, enabled: active })
  return { districtClosure, unitClosure, districtReceived, unitReceived, units }
}

export type WallRankingsData = ReturnType<typeof useWallRankingsData>
