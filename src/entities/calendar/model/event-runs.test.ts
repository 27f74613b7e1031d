import { describe, expect, it } from 'vitest'
import { eventRuns, eventsInBucket, type CalendarEvent } from './event-runs'

const weeks = [
  { start: '2026-09-19', end: '2026-09-25' },
  { start: '2026-09-26', end: '2026-10-02' },
  { start: '2026-10-03', end: '2026-10-09' },
]
const nationalDay: CalendarEvent = {
  code: 'nationalDay',
  kind: 'holiday',
  from: '2026-10-01',
  to: '2026-10-07',
}
const midAutumn: CalendarEvent = { code: 'midAutumn', kind: 'holiday', from: '2026-09-25', to: '2026-09-27' }
const double11: CalendarEvent = {
  code: 'double11',
  kind: 'shoppingFestival',
  from: '2026-11-11',
  to: '2026-11-11',
}

describe('events on chart buckets', () => {
  it('spans every bucket an event touches and leaves out events outside them', () => {
    expect(eventRuns([nationalDay, midAutumn, double11], weeks)).toEqual([
      { event: nationalDay, first: 1, last: 2 },
      { event: midAutumn, first: 0, last: 1 },
    ])
  })

  it('lists the events of one bucket', () => {
    expect(eventsInBucket([nationalDay, midAutumn, double11], weeks[1] ?? weeks[0]!)).toEqual([
      nationalDay,
      midAutumn,
    ])
    expect(eventsInBucket([double11], weeks[0]!)).toEqual([])
  })
})
