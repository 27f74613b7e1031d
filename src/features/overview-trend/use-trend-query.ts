import { useMemo } from 'react'
import { kpiTimeseriesQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type KpiFilters } from '@/entities/kpi/model/kpi-filters'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { chinaDay } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { combineQueries } from '@/shared/ui/panel/combine-panel-queries'
import type { PanelQuery } from '@/shared/ui/panel/panel-frame'
import { buildTrendModel, type TrendModel } from './trend-model'
import type { TrendRange } from './trend-range'

/**
 * The trend's three series (received by channel, on-time initial check, on-time closure) for
 * the range, polled, as one panel query whose data is the merged model.
 */
export function useTrendQuery(
  filters: KpiFilters,
  range: TrendRange,
  carryScope?: string,
): PanelQuery<TrendModel> {
  const polling = usePolling()
  const base = { ...filterParams({ ...filters, from: range.from, to: range.to }), interval: range.interval }
  const received = useCarriedOver(
    {
      ...kpiTimeseriesQueryOptions({ ...base, metric: 'received', split: 'channel' }),
      ...polling,
    },
    carryScope,
  )
  const initialCheck = useCarriedOver(
    {
      ...kpiTimeseriesQueryOptions({ ...base, metric: 'initialCheck' }),
      ...polling,
    },
    carryScope,
  )
  const closure = useCarriedOver(
    { ...kpiTimeseriesQueryOptions({ ...base, metric: 'closure' }), ...polling },
    carryScope,
  )

  const onlyChannel = filters.channel
  // A day, not the instant: it changes once a day, so a poll still keeps the model.
  const today = received.data ? chinaDay(received.data.asOf) : undefined
  // Keyed on the series, not the whole responses: each poll moves `asOf`, which would make a new
  // model, a new chart option and a full ECharts redraw with the same figures. Structural sharing
  // keeps a series' identity for as long as its figures are unchanged.
  const receivedSeries = received.data?.series
  const initialCheckSeries = initialCheck.data?.series
  const closureSeries = closure.data?.series
  const model = useMemo(
    () =>
      receivedSeries && initialCheckSeries && closureSeries
        ? buildTrendModel(
            {
              received: { series: receivedSeries },
              initialCheck: { series: initialCheckSeries },
              closure: { series: closureSeries },
            },
            { onlyChannel, today },
          )
        : undefined,
    [receivedSeries, initialCheckSeries, closureSeries, onlyChannel, today],
  )
  return { ...combineQueries({ received, initialCheck, closure }), data: model }
}
