export type Staleness = 'fresh' | 'failed' | 'old'

/**
 * Whether figures on screen can be trusted as current: the last refresh failed, or the data is
 * older than two refresh intervals (polls silently not arriving: a sleeping laptop, a hung
 * request). Nothing is stale before the first data.
 */
export function staleness(input: {
  hasData: boolean
  status: 'pending' | 'error' | 'success'
  dataUpdatedAt: number
  now: number
  intervalMs: number
}): Staleness {
  if (!input.hasData) return 'fresh'
  if (input.status === 'error') return 'failed'
  return input.now - input.dataUpdatedAt > 2 * input.intervalMs ? 'old' : 'fresh'
}
