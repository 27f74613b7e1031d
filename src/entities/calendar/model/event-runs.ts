import type { components } from '@/shared/api/schema.gen'

export type CalendarEvent = components['schemas']['CalendarEvent']

export interface EventRun {
  readonly event: CalendarEvent
  /** The first and last bucket (index) the event touches, both included. */
  readonly first: number
  readonly last: number
}

/**
 * The events as runs of chart buckets (days, weeks or months, each `start`..`end`, sorted): a
 * bucket belongs to an event when any of its days does. Events outside every bucket are left out.
 */
export function eventRuns(
  events: readonly CalendarEvent[],
  buckets: readonly { readonly start: string; readonly end: string }[],
): EventRun[] {
  const runs: EventRun[] = []
  for (const event of events) {
    let first = -1
    let last = -1
    buckets.forEach((bucket, index) => {
      if (bucket.start <= event.to && event.from <= bucket.end) {
        if (first < 0) first = index
        last = index
      }
    })
    if (first >= 0) runs.push({ event, first, last })
  }
  return runs
}

/** Which events touch a bucket (for a table's column). */
export function eventsInBucket(
  events: readonly CalendarEvent[],
  bucket: { readonly start: string; readonly end: string },
): CalendarEvent[] {
  return events.filter((event) => bucket.start <= event.to && event.from <= bucket.end)
}
