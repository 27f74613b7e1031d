// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/shared/i18n/i18n'
import { ApiError } from './api-error'
import { describeApiError } from './describe-api-error'

const url = 'http://localhost/api/v1/session'
const zh = createI18n('zh-CN').t
const en = createI18n('en').t

describe('describeApiError', () => {
  it('gives the status and the problem detail of an http error', () => {
    const error = new ApiError('Unauthorized', {
      kind: 'http',
      url,
      status: 401,
      problem: { type: 'about:blank', title: 'Unauthorized', detail: '用户名或密码错误' },
    })
    expect(describeApiError(error, zh)).toBe('服务器返回错误 401：用户名或密码错误')
  })

  it('falls back to the problem title, then to the status alone', () => {
    const titled = new ApiError('x', {
      kind: 'http',
      url,
      status: 403,
      problem: { type: 'about:blank', title: 'Forbidden' },
    })
    expect(describeApiError(titled, en)).toMatch(/403.*Forbidden/)
    const bare = new ApiError('x', { kind: 'http', url, status: 502 })
    expect(describeApiError(bare, zh)).toBe('服务器返回错误 502')
  })

  it('says how long the client waits when the server asked for a pause', () => {
    const limited = new ApiError('x', { kind: 'http', url, status: 429, retryAfterSeconds: 29.2 })
    expect(describeApiError(limited, zh)).toBe('服务器请求过多，要求 30 秒内不再请求，之后自动刷新。')
    const down = new ApiError('x', { kind: 'http', url, status: 503, retryAfterSeconds: 0 })
    expect(describeApiError(down, en)).toMatch(/temporarily unavailable.* 1 s;/)
  })

  it('tells network, timeout, parse and cancellation apart, in the UI language', () => {
    expect(describeApiError(new ApiError('x', { kind: 'network', url }), zh)).toBe(
      '无法连接服务器，请检查网络。',
    )
    expect(describeApiError(new ApiError('x', { kind: 'timeout', url, timeoutMs: 15_000 }), zh)).toBe(
      '服务器在 15 秒内没有响应。',
    )
    expect(describeApiError(new ApiError('x', { kind: 'parse', url }), zh)).toBe('服务器返回的数据无法解析。')
    expect(describeApiError(new ApiError('x', { kind: 'aborted', url }), zh)).toBe('请求已取消。')
    expect(describeApiError(new ApiError('x', { kind: 'network', url }), en)).not.toBe(
      describeApiError(new ApiError('x', { kind: 'network', url }), zh),
    )
  })

  it('lists at most three validation issues', () => {
    const issues = ['a: bad', 'b: bad', 'c: bad', 'd: bad']
    const text = describeApiError(new ApiError('x', { kind: 'validation', url, issues }), zh)
    expect(text).toContain('a: bad; b: bad; c: bad')
    expect(text).not.toContain('d: bad')
  })

  it('describes errors that are not ApiErrors by their message', () => {
    expect(describeApiError(new TypeError('boom'), zh)).toBe('boom')
    expect(describeApiError('plain', zh)).toBe('plain')
  })
})
