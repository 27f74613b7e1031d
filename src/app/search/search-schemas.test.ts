// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { overviewSearchSchema } from './overview-search'
import { signInSearchSchema } from './sign-in-search'
import { workOrdersSearchSchema } from './work-orders-search'

describe('signInSearchSchema', () => {
  it.each(['/', '/work-orders?status=overdue', '/reports#weekly'])(
    'keeps the same-site path %j',
    (redirect) => {
      expect(signInSearchSchema.parse({ redirect })).toEqual({ redirect })
    },
  )

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'work-orders',
    42,
  ])('drops the redirect %j', (redirect) => {
    expect(signInSearchSchema.parse({ redirect })).toEqual({ redirect: undefined })
  })
})

describe('overviewSearchSchema', () => {
  it('defaults and repairs the period', () => {
    expect(overviewSearchSchema.parse({})).toEqual({ period: 'today' })
    expect(overviewSearchSchema.parse({ period: 'bogus' })).toEqual({ period: 'today' })
    expect(overviewSearchSchema.parse({ period: 'janFeb' })).toEqual({ period: 'janFeb' })
  })
})

describe('workOrdersSearchSchema', () => {
  it('drops a bad filter and keeps the good ones', () => {
    expect(workOrdersSearchSchema.parse({ status: 'lost', q: '预付卡' })).toEqual({
      status: undefined,
      q: '预付卡',
    })
    expect(workOrdersSearchSchema.parse({ status: 'overdue', q: 'x'.repeat(201) })).toEqual({
      status: 'overdue',
      q: undefined,
    })
  })
})
