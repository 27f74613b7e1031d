// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/shared/i18n/i18n'
import { ApiError } from './api-error'
import { actionErrorOf, describeActionError } from './action-error'

const url = 'http://localhost/api/v1/escalations'
const zh = createI18n('zh-CN').t
const en = createI18n('en').t

function problem(status: number, type: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError('x', {
    kind: 'http',
    url,
    status,
    problem: { type: `https://duban.example/problems/${type}`, title: 'For developers', status, ...extra },
  })
}

describe('action errors', () => {
  it('branch on the problem type, not its title or detail', () => {
    expect(actionErrorOf(problem(403, 'forbidden')).failure).toBe('forbidden')
    expect(actionErrorOf(problem(403, 'csrf-missing')).failure).toBe('csrf')
    expect(actionErrorOf(problem(409, 'state-conflict')).failure).toBe('conflict')
    expect(actionErrorOf(problem(422, 'idempotency-conflict')).failure).toBe('idempotency')
    expect(actionErrorOf(problem(429, 'rate-limited')).failure).toBe('rateLimited')
    const message = describeActionError(
      problem(409, 'state-conflict', { detail: 'Work order X is closed' }),
      zh,
    )
    expect(message).toMatch(/^操作没有执行/)
    expect(message).not.toMatch(/Work order X/)
  })

  it('name refused fields through the caller, for a 400 or a 422 that lists them', () => {
    const errors = [{ in: 'body', parameter: '/dueDate', code: 'range', message: 'must not be before today' }]
    for (const error of [
      problem(400, 'invalid-parameter', { errors }),
      problem(422, 'rule-violation', { errors }),
      problem(422, 'other', { errors }),
    ]) {
      const described = actionErrorOf(error)
      expect(described).toMatchObject({
        failure: 'invalid',
        fields: [{ parameter: '/dueDate', code: 'range' }],
      })
      const text = describeActionError(error, en, (field) =>
        field.parameter === '/dueDate' ? 'the report-by day is in the past' : undefined,
      )
      expect(text).toBe('Nothing was done: the report-by day is in the past. Correct it and send it again.')
    }
  })

  it('say what to do: retry after a network failure or a server error, wait when rate-limited', () => {
    const network = new ApiError('x', { kind: 'network', url })
    expect(actionErrorOf(network)).toMatchObject({ failure: 'network', retryable: true })
    expect(describeActionError(network, zh)).toMatch(/重试不会重复执行/)
    expect(actionErrorOf(new ApiError('x', { kind: 'timeout', url, timeoutMs: 15_000 })).failure).toBe(
      'network',
    )
    expect(actionErrorOf(new ApiError('x', { kind: 'http', url, status: 502 }))).toMatchObject({
      failure: 'server',
      retryable: true,
    })
    const limited = new ApiError('x', { kind: 'http', url, status: 429, retryAfterSeconds: 30 })
    expect(describeActionError(limited, en)).toBe('Too many requests; try again in 30 s.')
    expect(actionErrorOf(problem(403, 'forbidden')).retryable).toBe(false)
  })
})
