import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { useCarriedOver } from './use-carried-over'

/** Each day's answer as the fake API gives it: a figure, or a failure, or never. */
type Answers = Record<string, number | 'fail' | 'never'>

function renderDays(answers: Answers, initial: { day: string; scope: string | undefined }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  /** The days asked for, in order. */
  const asked: string[] = []
  const fetchDay = (day: string): Promise<number> => {
    asked.push(day)
    const answer = answers[day]
    if (answer === 'fail') return Promise.reject(new Error(`no figures for ${day}`))
    if (answer === 'never' || answer === undefined) return new Promise<number>(() => {})
    return Promise.resolve(answer)
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const view = renderHook(
    ({ day, scope }: { day: string; scope: string | undefined }) =>
      useCarriedOver(
        {
          queryKey: ['received', day],
          queryFn: () => fetchDay(day),
        },
        scope,
      ),
    { wrapper, initialProps: initial },
  )
  return { ...view, queryClient, asked }
}

describe('useCarriedOver', () => {
  it('keeps the last day’s answer as a failed refresh when the new day’s load fails', async () => {
    const { result, rerender } = renderDays({ '12-15': 41, '12-16': 'fail' }, { day: '12-15', scope: 'wall' })
    await waitFor(() => expect(result.current.data).toBe(41))
    const answeredAt = result.current.dataUpdatedAt

    rerender({ day: '12-16', scope: 'wall' })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.data).toBe(41)
    expect(result.current.dataUpdatedAt).toBe(answeredAt)
    expect(result.current.isRefetchError).toBe(true)
    expect(result.current.error).toEqual(new Error('no figures for 12-16'))
  })

  it('shows the last day’s answer as a placeholder while the new day’s loads, then the new one', async () => {
    const answers: Answers = { '12-15': 41, '12-16': 'never' }
    const { result, rerender } = renderDays(answers, { day: '12-15', scope: 'wall' })
    await waitFor(() => expect(result.current.data).toBe(41))

    rerender({ day: '12-16', scope: 'wall' })
    expect(result.current.data).toBe(41)
    expect(result.current.isPlaceholderData).toBe(true)
    expect(result.current.status).toBe('success')
    expect(result.current.isFetching).toBe(true)

    answers['12-17'] = 3
    rerender({ day: '12-17', scope: 'wall' })
    await waitFor(() => expect(result.current.data).toBe(3))
    expect(result.current.isPlaceholderData).toBe(false)
  })

  it('fetches the carried day again as that day, never as the new one', async () => {
    const { result, rerender, queryClient, asked } = renderDays(
      { '12-15': 41, '12-16': 'never' },
      { day: '12-15', scope: 'wall' },
    )
    await waitFor(() => expect(result.current.data).toBe(41))
    rerender({ day: '12-16', scope: 'wall' })
    expect(asked).toEqual(['12-15', '12-16'])

    // The carried day's query fetching again (a retry of a poll that was under way at midnight):
    // its own day, with the new day's request still under way on its own key.
    const carried = queryClient.getQueryCache().find({ queryKey: ['received', '12-15'] })
    await act(() => carried?.fetch())
    expect(asked).toEqual(['12-15', '12-16', '12-15'])
    expect(queryClient.getQueryData(['received', '12-15'])).toBe(41)
  })

  it('forgets the carried answer with the cache (a sign-out clears it)', async () => {
    const { result, rerender, queryClient } = renderDays(
      { '12-15': 41, '12-16': 'fail' },
      { day: '12-15', scope: 'wall' },
    )
    await waitFor(() => expect(result.current.data).toBe(41))
    rerender({ day: '12-16', scope: 'wall' })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.data).toBe(41)

    act(() => queryClient.clear())
    rerender({ day: '12-16', scope: 'wall' })
    expect(result.current.data).toBeUndefined()
  })

  it('carries nothing across another choice of the reader, nor without a scope', async () => {
    const { result, rerender } = renderDays(
      { '12-15': 41, '12-16': 'fail' },
      { day: '12-15', scope: 'district=371102' },
    )
    await waitFor(() => expect(result.current.data).toBe(41))
    rerender({ day: '12-16', scope: 'district=371121' })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.data).toBeUndefined()

    const unscoped = renderDays({ '12-15': 41, '12-16': 'fail' }, { day: '12-15', scope: undefined })
    await waitFor(() => expect(unscoped.result.current.data).toBe(41))
    unscoped.rerender({ day: '12-16', scope: undefined })
    await waitFor(() => expect(unscoped.result.current.status).toBe('error'))
    expect(unscoped.result.current.data).toBeUndefined()
  })
})
