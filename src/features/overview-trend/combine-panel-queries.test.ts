// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import type { PanelQuery } from '@/shared/ui/panel/panel-frame'
import { combinePanelQueries } from './combine-panel-queries'

function query(overrides: Partial<PanelQuery<number>> = {}): PanelQuery<number> {
  return {
    data: 1,
    error: null,
    status: 'success',
    isFetching: false,
    dataUpdatedAt: 1000,
    refetch: vi.fn(),
    ...overrides,
  }
}

describe('combinePanelQueries', () => {
  it('succeeds with the given data when all have succeeded, as old as the oldest part', () => {
    const combined = combinePanelQueries(
      [query({ dataUpdatedAt: 3000 }), query({ dataUpdatedAt: 2000 })],
      'both',
    )
    expect(combined).toMatchObject({
      data: 'both',
      status: 'success',
      dataUpdatedAt: 2000,
      isFetching: false,
    })
    expect(combined).not.toHaveProperty('errorUpdatedAt')
  })

  it('is pending while any part has no data yet', () => {
    const pending = query({ data: undefined, status: 'pending', dataUpdatedAt: 0, isFetching: true })
    const combined = combinePanelQueries([query(), pending], undefined)
    expect(combined).toMatchObject({ status: 'pending', isFetching: true, dataUpdatedAt: 0 })
  })

  it('fails when any part fails, with its error, even while another is pending', () => {
    const error = new Error('500')
    const combined = combinePanelQueries(
      [
        query({ data: undefined, status: 'pending', dataUpdatedAt: 0 }),
        query({ data: undefined, status: 'error', error, dataUpdatedAt: 0, errorUpdatedAt: 5000 }),
      ],
      undefined,
    )
    expect(combined).toMatchObject({ status: 'error', error, errorUpdatedAt: 5000, data: undefined })
  })

  it('keeps the data on a failed refresh, so the frame can show it as stale', () => {
    const combined = combinePanelQueries(
      [
        query({ dataUpdatedAt: 1000 }),
        query({ status: 'error', error: new Error('x'), errorUpdatedAt: 9000 }),
      ],
      'last',
    )
    expect(combined).toMatchObject({
      status: 'error',
      data: 'last',
      dataUpdatedAt: 1000,
      errorUpdatedAt: 9000,
    })
  })

  it('refetches every part from Retry', async () => {
    const parts = [query(), query(), query()]
    await combinePanelQueries(parts, 1).refetch()
    for (const part of parts) expect(part.refetch).toHaveBeenCalledTimes(1)
  })
})
