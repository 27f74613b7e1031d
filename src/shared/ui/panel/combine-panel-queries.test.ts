// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { combineQueries, type QueryState } from './combine-panel-queries'

function state<T>(overrides: Partial<QueryState<T>>): QueryState<T> {
  return {
    data: undefined,
    error: null,
    status: 'pending',
    isFetching: false,
    dataUpdatedAt: 0,
    refetch: vi.fn(),
    ...overrides,
  }
}

describe('combineQueries', () => {
  it('has data only once every query has some, from the oldest time', () => {
    const a = state({ data: 1, status: 'success', dataUpdatedAt: 200 })
    const b = state({ data: 'x', status: 'success', dataUpdatedAt: 100 })
    expect(combineQueries({ a, b: state<string>({}) }).data).toBeUndefined()
    expect(combineQueries({ a, b: state<string>({}) }).status).toBe('pending')
    const both = combineQueries({ a, b })
    expect(both.data).toEqual({ a: 1, b: 'x' })
    expect(both.status).toBe('success')
    expect(both.dataUpdatedAt).toBe(100)
    expect(both.isFetching).toBe(false)
    expect(both).not.toHaveProperty('errorUpdatedAt')
  })

  it('is pending while any part has no data yet, and fetching while any part fetches', () => {
    const done = state({ data: 1, status: 'success', dataUpdatedAt: 1000 })
    const pending = state<number>({ isFetching: true })
    expect(combineQueries({ done, pending })).toMatchObject({
      status: 'pending',
      isFetching: true,
      dataUpdatedAt: 0,
    })
  })

  it('fails when any part fails, with its error, even while another is pending', () => {
    const error = new Error('500')
    const combined = combineQueries({
      pending: state<number>({}),
      failed: state<number>({ status: 'error', error, errorUpdatedAt: 5000 }),
    })
    expect(combined).toMatchObject({ status: 'error', error, errorUpdatedAt: 5000, data: undefined })
  })

  it('fails when one query fails, keeping the data, and retries the failed one only', () => {
    const error = new Error('down')
    const a = state({ data: 1, status: 'success', dataUpdatedAt: 200 })
    const b = state({ data: 2, status: 'error', error, errorUpdatedAt: 300, dataUpdatedAt: 100 })
    const combined = combineQueries({ a, b })
    expect(combined.status).toBe('error')
    expect(combined.error).toBe(error)
    expect(combined.data).toEqual({ a: 1, b: 2 })
    expect(combined.dataUpdatedAt).toBe(100)
    expect(combined.errorUpdatedAt).toBe(300)
    void combined.refetch()
    expect(b.refetch).toHaveBeenCalledTimes(1)
    expect(a.refetch).not.toHaveBeenCalled()
  })

  it('refetches every part from Retry when none failed', async () => {
    const parts = { a: state({ data: 1, status: 'success' }), b: state({ data: 2, status: 'success' }) }
    await combineQueries(parts).refetch()
    expect(parts.a.refetch).toHaveBeenCalledTimes(1)
    expect(parts.b.refetch).toHaveBeenCalledTimes(1)
  })
})
