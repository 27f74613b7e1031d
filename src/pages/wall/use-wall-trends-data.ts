import { useEffect, useMemo } from 'react'
import { breakdownQueryOptions, kpiTimeseriesQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { addDays, startOfYear } from '@/entities/period/china-days'
import { buildTrendModel } from '@/features/overview-trend/trend-model'
import { useHolidays } from '@/features/overview-trend/use-holidays'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { usePolling } from '@/shared/preferences/use-polling'
import { loadEChartsChart } from '@/shared/ui/chart/load-echarts-chart'
import { whenOnline } from '@/shared/lib/when-online'
import { wallCarryScope } from './wall-polling'

/** After this long the chart library loads, if the scene is on the wall; see useChartPreload. */
const chartPreloadDelayMs = 4000

/**
 * Loads the chart library (a chunk of its own) a little after the wall starts, so that the trends
 * scene draws at once when its turn comes instead of showing an empty frame while it loads; the
 * delay keeps it out of the first paint.
 */
function useChartPreload(active: boolean) {
  useEffect(() => {
    if (!active) return
    // Online only (a failed load would stick, see shared/lib/when-online.ts); a failure is the
    // chart's to show.
    const preload = () =>
      void whenOnline()
        .then(loadEChartsChart)
        .catch(() => {})
    const timer = setTimeout(preload, chartPreloadDelayMs)
    return () => clearTimeout(timer)
  }, [active])
}

/** The trend's window: the last 30 China days, today included. */
export const trendDays = 30

/**
 * The queries of the trends scene, polled like the wall's others whatever scene shows. Keys hold
 * China days only, so they change once a day; the previous day's answer stays on screen until the
 * new day's arrives, even if it fails (useCarriedOver: a wall must not go blank at midnight). A
 * wall whose link leaves the scene out (`active: false`) asks for none of it.
 */
export function useWallTrendsData(today: string, { active }: { active: boolean }) {
  const polling = { ...usePolling(), enabled: active }
  useChartPreload(active)
  const from = addDays(today, -(trendDays - 1))
  const days = { from, to: today, interval: 'day' as const }
  const received = useCarriedOver(
    {
      ...kpiTimeseriesQueryOptions({ ...days, metric: 'received', split: 'channel' }),
      ...polling,
    },
    wallCarryScope,
  )
  const closure = useCarriedOver(
    { ...kpiTimeseriesQueryOptions({ ...days, metric: 'closure' }), ...polling },
    wallCarryScope,
  )
  const mixToday = useCarriedOver(
    {
      ...breakdownQueryOptions('channel', { from: today, to: today, metric: 'received' }),
      ...polling,
    },
    wallCarryScope,
  )
  const mixYear = useCarriedOver(
    {
      ...breakdownQueryOptions('channel', { from: startOfYear(today), to: today, metric: 'received' }),
      ...polling,
    },
    wallCarryScope,
  )
  // The same calendar queries as the wall's clock (one cache entry per year), which reads the
  // current year's anyway: not worth an `active` switch.
  const holidays = useHolidays({ ...days, recentDays: null })

  // The wall draws the closure rate alone: the model is given no initial-check series, so its
  // initial-check cells stay empty and are never shown.
  const model = useMemo(
    () =>
      received.data && closure.data
        ? buildTrendModel(
            {
              received: received.data,
              closure: closure.data,
              initialCheck: { ...closure.data, series: [] },
            },
            // Today's bar is so far, and the chart says so.
            { today },
          )
        : undefined,
    [received.data, closure.data, today],
  )
  return { received, closure, mixToday, mixYear, holidays, model }
}

export type WallTrendsData = ReturnType<typeof useWallTrendsData>
