import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../tests/unit/render-query'
import type { components } from '@/shared/api/schema.gen'
import { trendRange } from './trend-range'
import { useEvents } from './use-events'
import { useTrendQuery } from './use-trend-query'

type Timeseries = components['schemas']['Timeseries']

// Each poll answers with a new `asOf`. While the figures stay the same, the trend must keep the
// same model and the same annotations (object identity): the chart option is memoised on them,
// and a new one makes ECharts redraw the whole chart. Redrawing an unchanged chart at every poll
// kept the page busy, and the JIT compiled ever more ECharts code (issue 4's heap growth).

beforeEach(() => signInAs('director'))

const filters = { from: '2026-10-01', to: '2026-10-03' } as const
const range = trendRange(filters)

let polls = 0
let received = 5

function timeseries(url: URL): Timeseries {
  const metric = url.searchParams.get('metric') as Timeseries['metric']
  const rate = metric !== 'received'
  polls += 1
  return {
    asOf: `2026-10-03T12:00:${String(polls % 60).padStart(2, '0')}+08:00`,
    period: filters,
    metric,
    valueKind: rate ? 'rate' : 'count',
    interval: 'day',
    split: rate ? null : 'channel',
    series: [
      {
        key: rate ? 'total' : 'hotline12345',
        points: [
          rate
            ? { start: '2026-10-01', end: '2026-10-01', value: 0.5, numerator: 1, denominator: 2 }
            : { start: '2026-10-01', end: '2026-10-01', value: received },
        ],
      },
    ],
  }
}

describe('useTrendQuery', () => {
  beforeEach(() => {
    polls = 0
    received = 5
    server.use(
      http.get('*/api/v1/kpis/timeseries', ({ request }) =>
        HttpResponse.json(timeseries(new URL(request.url))),
      ),
    )
  })

  it('keeps the same model across polls that bring the same figures with a newer asOf', async () => {
    const { result, queryClient } = renderQuery(() => useTrendQuery(filters, range))
    await waitFor(() => expect(result.current.data).toBeDefined(), patiently)
    const first = result.current.data
    const updatedAt = result.current.dataUpdatedAt

    for (let poll = 0; poll < 3; poll += 1) {
      await act(() => queryClient.refetchQueries({ type: 'active' }))
    }
    await waitFor(() => expect(result.current.dataUpdatedAt).toBeGreaterThan(updatedAt))
    expect(polls).toBeGreaterThan(3)
    expect(result.current.data).toBe(first)

    // A changed figure is a new model, of course.
    received = 6
    await act(() => queryClient.refetchQueries({ type: 'active' }))
    await waitFor(() => expect(result.current.data).not.toBe(first))
    expect(result.current.data?.rows[0]?.counts).toEqual([6])
  })
})

describe('useEvents', () => {
  it('keeps the same annotations across renders and polls while the calendar is unchanged', async () => {
    // March: 3·15 is an event the trend annotates.
    const march = trendRange({ from: '2026-03-01', to: '2026-03-31' })
    const { result, rerender, queryClient } = renderQuery(() => useEvents(march))
    await waitFor(() => expect(result.current.items.length).toBeGreaterThan(0), patiently)
    const first = result.current.items

    rerender()
    expect(result.current.items).toBe(first)
    await act(() => queryClient.refetchQueries({ type: 'active' }))
    expect(result.current.items).toBe(first)
  })
})
