// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { combineQueries, type QueryState } from './combine-queries'

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
  })

  it('fails when one query fails, keeping the data, and retries the failed one only', () => {
    const error = new Error('down')
    const a = state({ data: 1, status: 'success', dataUpdatedAt: 200 })
    const b = state({ data: 2, status: 'error', error, errorUpdatedAt: 300, dataUpdatedAt: 100 })
    const combined = combineQueries({ a, b })
    expect(combined.status).toBe('error')
    expect(combined.error).toBe(error)
    expect(combined.data).toEqual({ a: 1, b: 2 })
    expect(combined.errorUpdatedAt).toBe(300)
    void combined.refetch()
    expect(b.refetch).toHaveBeenCalledTimes(1)
    expect(a.refetch).not.toHaveBeenCalled()
  })
})
