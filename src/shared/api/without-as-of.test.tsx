import { useQuery } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../tests/unit/render-query'
import { apiFetch } from './api-fetch'
import type { components } from './schema.gen'
import { sixTimelySchema } from './validators.gen'
import { withoutAsOf } from './without-as-of'

type SixTimely = components['schemas']['SixTimely']

const params = { from: '2026-10-01', to: '2026-10-31' } as const

describe('withoutAsOf', () => {
  let answer: SixTimely
  let polls = 0

  beforeEach(async () => {
    await signInAs('director')
    // The simulator's answer, then served again at every poll with a newer `asOf`, as a live
    // server does while no figure moves.
    answer = await apiFetch('/kpis/six-timely', { query: params, schema: sixTimelySchema })
    polls = 0
    server.use(
      http.get('*/api/v1/kpis/six-timely', () => {
        polls += 1
        return HttpResponse.json({
          ...answer,
          asOf: `2026-10-31T12:00:${String(polls).padStart(2, '0')}+08:00`,
        })
      }),
    )
  })

  it('hands a panel the same data across polls that bring the same figures with a newer asOf', async () => {
    const { result, queryClient } = renderQuery(() =>
      useQuery({
        queryKey: ['six-timely', params],
        queryFn: () => apiFetch('/kpis/six-timely', { query: params, schema: sixTimelySchema }),
        select: withoutAsOf,
      }),
    )
    await waitFor(() => expect(result.current.data).toBeDefined(), patiently)
    const first = result.current.data
    expect(first).not.toHaveProperty('asOf')
    const updatedAt = result.current.dataUpdatedAt

    for (let poll = 0; poll < 3; poll += 1) await act(() => queryClient.refetchQueries({ type: 'active' }))
    await waitFor(() => expect(result.current.dataUpdatedAt).toBeGreaterThan(updatedAt))
    expect(polls).toBe(4)
    expect(result.current.data).toBe(first)

    // A rate that moves is new data, of course.
    const [firstItem, ...rest] = answer.items
    answer = { ...answer, items: [{ ...firstItem!, numerator: firstItem!.numerator - 1 }, ...rest] }
    await act(() => queryClient.refetchQueries({ type: 'active' }))
    await waitFor(() => expect(result.current.data).not.toBe(first))
    expect(result.current.data?.items[0]?.numerator).toBe(firstItem!.numerator - 1)
  })
})
