// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/shared/api/api-error'
import { retryDelayMs, shouldRetry } from './query-client'

const url = 'http://localhost/api/v1/kpis/summary'
const http = (status: number, retryAfterSeconds?: number) =>
  new ApiError('x', { kind: 'http', url, status, retryAfterSeconds })

describe('the retry policy of queries', () => {
  it('retries server faults, timeouts and rate limits twice, never client errors', () => {
    expect(shouldRetry(0, http(503))).toBe(true)
    expect(shouldRetry(1, new ApiError('x', { kind: 'timeout', url }))).toBe(true)
    expect(shouldRetry(0, http(429, 5))).toBe(true)
    expect(shouldRetry(2, http(500))).toBe(false)
    expect(shouldRetry(0, http(404))).toBe(false)
    expect(shouldRetry(0, http(401))).toBe(false)
  })

  it('leaves a long Retry-After to the next poll instead of a retry', () => {
    expect(shouldRetry(0, http(429, 60))).toBe(true)
    expect(shouldRetry(0, http(429, 61))).toBe(false)
    expect(shouldRetry(0, http(503, 120))).toBe(false)
  })

  it('waits its own back-off, or the Retry-After when the server asked for longer', () => {
    expect([0, 1, 2, 10].map((count) => retryDelayMs(count, http(500)))).toEqual([1000, 2000, 4000, 30_000])
    expect(retryDelayMs(0, http(429, 20))).toBe(20_000)
    expect(retryDelayMs(2, http(503, 2))).toBe(4000)
  })
})
