// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { listPageSize, listParams, waveFilters, waveScope } from './list-params'

describe('listParams', () => {
  it("maps the URL's filters one to one, renaming only the short ones", () => {
    expect(
      listParams({
        status: 'overdue',
        q: '预付卡',
        from: '2026-12-01',
        to: '2026-12-05',
        district: '371102',
        channel: 'platform12315',
        kind: 'complaint',
        category: 'prepaidCards',
        unit: 'dg-bureau',
        ca: false,
        stage: 'signed',
        dueFrom: '2026-12-07',
        dueTo: '2026-12-08',
        metric: 'closure',
        outcome: 'late',
      }),
    ).toEqual({
      status: 'overdue',
      keyword: '预付卡',
      from: '2026-12-01',
      to: '2026-12-05',
      district: '371102',
      channel: 'platform12315',
      kind: 'complaint',
      category: 'prepaidCards',
      unit: 'dg-bureau',
      consumerAssociation: false,
      stage: 'signed',
      dueFrom: '2026-12-07',
      dueTo: '2026-12-08',
      metric: 'closure',
      outcome: 'late',
      limit: listPageSize,
    })
  })

  it('leaves absent filters out, so equal views share one query key', () => {
    const params = listParams({ metric: 'received', status: undefined, q: undefined, ca: undefined })
    expect(params).toEqual({ metric: 'received', limit: listPageSize })
    expect(Object.keys(params)).toEqual(['metric', 'limit'])
  })
})

describe('the deadline wave', () => {
  const filters = {
    status: 'overdue',
    q: '预付卡',
    from: '2026-12-01',
    to: '2026-12-05',
    district: '371102',
    stage: 'signed',
    dueFrom: '2026-12-07',
    dueTo: '2026-12-07',
    metric: 'closure',
    outcome: 'late',
    sort: 'dueAt',
  } as const

  it("keeps what the items are, drops the list's state, period, figure, order and due days", () => {
    expect(waveFilters(filters)).toEqual({ q: '预付卡', district: '371102', stage: 'signed' })
  })

  it('asks the API in its names, without a page size', () => {
    expect(waveScope(filters)).toEqual({ keyword: '预付卡', district: '371102', stage: 'signed' })
  })
})
