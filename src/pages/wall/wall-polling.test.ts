// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { backedOffIntervalMs, maxPollBackoffMs, wallPolling } from './wall-polling'

describe('backedOffIntervalMs', () => {
  const refresh = 30_000

  it('polls at the refresh interval while failures are recent', () => {
    expect(backedOffIntervalMs(refresh, 0)).toBe(refresh)
    expect(backedOffIntervalMs(refresh, 60_000)).toBe(refresh)
  })

  it('waits longer the longer the API fails, up to two minutes', () => {
    expect(backedOffIntervalMs(refresh, 90_000)).toBe(45_000)
    expect(backedOffIntervalMs(refresh, 180_000)).toBe(90_000)
    expect(backedOffIntervalMs(refresh, 60 * 60_000)).toBe(maxPollBackoffMs)
  })

  it('never polls more often than the refresh interval, even a long one', () => {
    expect(backedOffIntervalMs(10 * 60_000, 60 * 60_000)).toBe(10 * 60_000)
  })
})

describe('wallPolling', () => {
  const { refetchInterval } = wallPolling(30_000)
  const query = (status: string, dataUpdatedAt: number, errorUpdatedAt: number) => ({
    state: { status, dataUpdatedAt, errorUpdatedAt },
  })

  it('keeps the interval while the query succeeds, or has nothing to show yet', () => {
    expect(refetchInterval(query('success', 1_000, 0))).toBe(30_000)
    expect(refetchInterval(query('error', 0, 600_000))).toBe(30_000)
  })

  it('backs off from the last success while the query fails', () => {
    expect(refetchInterval(query('error', 1_000, 1_000 + 240_000))).toBe(maxPollBackoffMs)
  })
})
