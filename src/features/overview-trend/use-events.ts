import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { eventsQueryOptions } from '@/entities/calendar/api/event-queries'
import type { CalendarEvent } from '@/entities/calendar/model/event-runs'
import type { TrendRange } from './trend-range'

export interface EventState {
  /** The events to annotate besides the holidays (already shaded from the calendar). */
  readonly items: readonly CalendarEvent[]
  readonly failed: boolean
}

const none: readonly CalendarEvent[] = []

/**
 * 3·15, the shopping festivals and the beach season in the range, for day and week buckets
 * (months are not annotated, like the holidays). A caveat on the figures, not a figure: while
 * the calendar loads or when it fails the chart is drawn without them.
 */
export function useEvents(range: TrendRange): EventState {
  const annotated = range.interval !== 'month'
  const query = useQuery({ ...eventsQueryOptions({ from: range.from, to: range.to }), enabled: annotated })
  const items = query.data?.items
  // Memoised on the response's items, which structural sharing keeps while the calendar is
  // unchanged: a new array on every render would rebuild the chart option, and ECharts would
  // redraw the whole chart with the same figures at every poll.
  const annotations = useMemo(
    () => (annotated && items ? items.filter((event) => event.kind !== 'holiday') : none),
    [annotated, items],
  )
  return { items: annotations, failed: annotated && query.isError && items === undefined }
}
