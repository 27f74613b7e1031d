import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { breakdownQueryOptions, kpiTimeseriesQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { addDays, startOfYear } from '@/entities/period/china-days'
import { buildTrendModel } from '@/features/overview-trend/trend-model'
import { useHolidays } from '@/features/overview-trend/use-holidays'
import { usePolling } from '@/shared/preferences/use-polling'

/** The trend's window: the last 30 China days, today included. */
export const trendDays = 30

/**
 * The queries of the trends scene, polled like the wall's others whatever scene shows. Keys hold
 * China days only, so they change once a day; the previous day's answer stays on screen until
 * the new day's arrives (a wall must not go blank at midnight).
 */
export function useWallTrendsData(today: string) {
  const polling = { ...usePolling(), placeholderData: keepPreviousData }
  const from = addDays(today, -(trendDays - 1))
  const days = { from, to: today, interval: 'day' as const }
  const received = useQuery({
    ...kpiTimeseriesQueryOptions({ ...days, metric: 'received', split: 'channel' }),
    ...polling,
  })
  const closure = useQuery({ ...kpiTimeseriesQueryOptions({ ...days, metric: 'closure' }), ...polling })
  const mixToday = useQuery({
    ...breakdownQueryOptions('channel', { from: today, to: today, metric: 'received' }),
    ...polling,
  })
  const mixYear = useQuery({
    ...breakdownQueryOptions('channel', { from: startOfYear(today), to: today, metric: 'received' }),
    ...polling,
  })
  // The same calendar queries as the wall's clock (one cache entry per year).
  const holidays = useHolidays({ ...days, recentDays: null })

  // The wall draws the closure rate alone: the model is given no initial-check series, so its
  // initial-check cells stay empty and are never shown.
  const model = useMemo(
    () =>
      received.data && closure.data
        ? buildTrendModel({
            received: received.data,
            closure: closure.data,
            initialCheck: { ...closure.data, series: [] },
          })
        : undefined,
    [received.data, closure.data],
  )
  return { received, closure, mixToday, mixYear, holidays, model }
}

export type WallTrendsData = ReturnType<typeof useWallTrendsData>
