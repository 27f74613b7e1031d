import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { isApiError } from '@/shared/api/api-error'
import {
  workOrderQueryKeys,
  workOrderQueryOptions,
  workOrdersInfiniteQueryOptions,
} from './work-order-queries'

beforeEach(() => signInAs('director'))

describe('work-order query options', () => {
  it('pages through a list by cursor until the last page, every item once', { timeout: 30_000 }, async () => {
    // A simulator whose clock stands still: a live clock crossing a second between two pages
    // would make the pages' asOf differ.
    const now = Date.parse('2026-11-20T10:00:00+08:00')
    server.use(...createHandlers({ state: createApiState({ now: () => now }) }))
    await signInAs('director')
    const params = { from: '2026-10-12', to: '2026-10-13', limit: 60 }
    const { result } = renderQuery(() => useInfiniteQuery(workOrdersInfiniteQueryOptions(params)))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const total = result.current.data!.pages[0]!.total
    // Two days of a city's hotline: more than one page, so the cursor is exercised.
    expect(total).toBeGreaterThan(params.limit)

    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage())
    }
    const pages = result.current.data!.pages
    expect(pages.length).toBe(Math.ceil(total / params.limit))
    expect(pages.at(-1)?.nextCursor).toBeNull()
    const ids = pages.flatMap((page) => page.items.map((item) => item.id))
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
    // Every page reports the instant it describes: the same one, with the clock standing still.
    expect(new Set(pages.map((page) => page.asOf))).toEqual(new Set(['2026-11-20T10:00:00+08:00']))
  })

  it('keys lists by their filters, under one prefix', () => {
    expect(workOrdersInfiniteQueryOptions({ status: 'overdue' }).queryKey).toEqual([
      'work-orders',
      'list',
      { status: 'overdue' },
    ])
    expect(workOrderQueryOptions('RZ-20261012-0001').queryKey).toEqual([
      ...workOrderQueryKeys.details(),
      'RZ-20261012-0001',
    ])
    expect(workOrderQueryKeys.lists()).toEqual(['work-orders', 'list'])
  })

  it('reads one work order with its timeline', { timeout: 30_000 }, async () => {
    const list = renderQuery(() =>
      useInfiniteQuery(workOrdersInfiniteQueryOptions({ from: '2026-10-12', to: '2026-10-12', limit: 1 })),
    )
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true), patiently)
    const id = list.result.current.data!.pages[0]!.items[0]!.id
    const { result } = renderQuery(() => useQuery(workOrderQueryOptions(id)))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    expect(result.current.data?.id).toBe(id)
    expect(result.current.data?.stages[0]?.code).toBe('received')
    expect(result.current.data?.contact.masked).toBe(true)
  })

  it('turns a page of the wrong shape into a validation error that names the field', async () => {
    server.use(
      http.get('*/api/v1/work-orders', () =>
        HttpResponse.json({
          asOf: '2026-11-28T20:00:00+08:00',
          items: [{ id: 'RZ-1', kind: 'praise' }],
          nextCursor: 7,
          total: 1,
          recoveredFen: 0,
        }),
      ),
    )
    const { result } = renderQuery(() => useInfiniteQuery(workOrdersInfiniteQueryOptions()))
    await waitFor(() => expect(result.current.isError).toBe(true), patiently)
    const error = result.current.error
    expect(isApiError(error) && error.kind).toBe('validation')
    expect(isApiError(error) && error.issues).toEqual(
      expect.arrayContaining([
        'items.0.kind: one of complaint, report, consultation expected, got "praise"',
        'items.0.channel: missing (one of hotline12345, platform12315, directorMailbox, callsLetters expected)',
        'items.0.receivedAt: missing (string expected)',
        'nextCursor: string expected, got number',
      ]),
    )
  })
})
