// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { listPageSize, listParams } from './list-params'

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
