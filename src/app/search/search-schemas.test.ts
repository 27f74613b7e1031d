// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hotspotsSearchSchema } from './hotspots-search'
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
    expect(overviewSearchSchema.parse({})).toMatchObject({ period: 'today', compare: 'previous' })
    expect(overviewSearchSchema.parse({ period: 'bogus' })).toMatchObject({ period: 'today' })
    expect(overviewSearchSchema.parse({ period: 'janFeb' })).toMatchObject({ period: 'janFeb' })
  })

  it('keeps each good filter and drops each bad one on its own', () => {
    expect(
      overviewSearchSchema.parse({
        period: 'custom',
        from: '2026-03-01',
        to: 'March',
        compare: 'yearAgo',
        district: '371102',
        channel: '<script>',
      }),
    ).toEqual({
      period: 'custom',
      from: '2026-03-01',
      to: undefined,
      compare: 'yearAgo',
      district: '371102',
      channel: undefined,
    })
  })
})

describe('workOrdersSearchSchema', () => {
  it('drops a bad filter and keeps the good ones', () => {
    expect(workOrdersSearchSchema.parse({ status: 'lost', q: '预付卡' })).toMatchObject({
      status: undefined,
      q: '预付卡',
    })
    expect(workOrdersSearchSchema.parse({ status: 'overdue', q: 'x'.repeat(101) })).toMatchObject({
      status: 'overdue',
      q: undefined,
    })
  })

  it('reads the drill-down of a figure', () => {
    expect(
      workOrdersSearchSchema.parse({
        metric: 'closure',
        outcome: 'late',
        from: '2026-12-01',
        to: '2026-12-05',
        district: 'rz-etdz',
        ca: true,
        unit: 'bad unit!',
      }),
    ).toMatchObject({
      metric: 'closure',
      outcome: 'late',
      from: '2026-12-01',
      to: '2026-12-05',
      district: 'rz-etdz',
      ca: true,
      unit: undefined,
    })
  })
})

describe('hotspotsSearchSchema', () => {
  it('reads the view from the URL, weeks from their digits', () => {
    expect(
      hotspotsSearchSchema.parse({
        dimension: 'unit',
        row: 'dg-bureau',
        weeks: '8',
        to: '2026-11-27',
        kind: 'complaint',
      }),
    ).toEqual({ dimension: 'unit', row: 'dg-bureau', weeks: '8', to: '2026-11-27', kind: 'complaint' })
    expect(hotspotsSearchSchema.parse({ weeks: '26' })).toEqual({ weeks: '26' })
  })

  it('drops bad values instead of failing', () => {
    expect(
      hotspotsSearchSchema.parse({
        dimension: 'product',
        weeks: '27',
        to: 'yesterday',
        district: '999999',
        row: '',
      }),
    ).toEqual({})
    expect(hotspotsSearchSchema.parse({ weeks: '0' })).toEqual({})
    expect(hotspotsSearchSchema.parse({ weeks: '2.5' })).toEqual({})
  })
})
