import { describe, expect, it } from 'vitest'
import { newAlertIds, stillFresh } from './new-alerts'

const alert = (id: string, raisedAt: string) => ({ id, raisedAt })
const a = alert('sp-tourism-city-20261127', '2026-11-28T00:00:00+08:00')
const b = alert('yc-dg-bureau-20261127', '2026-11-27T08:30:00+08:00')
const c = alert('rc-jx-chengyang-20261126', '2026-11-26T08:30:00+08:00')

describe('newAlertIds', () => {
  it('finds nothing new on the first answer', () => {
    expect(newAlertIds(undefined, { items: [a, b] })).toEqual([])
  })

  it('finds the alerts that were not in the previous answer', () => {
    expect(newAlertIds({ items: [b, c] }, { items: [a, b, c] })).toEqual([a.id])
    expect(newAlertIds({ items: [a, b] }, { items: [a, b] })).toEqual([])
  })

  it('counts every alert as new after an answer with none', () => {
    expect(newAlertIds({ items: [] }, { items: [a, b] })).toEqual([a.id, b.id])
  })

  it('does not take an older alert that moved up into the page for a new one', () => {
    // a was cleared: c, older than b, is now on the page but not news.
    expect(newAlertIds({ items: [a, b] }, { items: [b, c] })).toEqual([])
  })

  it('takes one raised at the same time as the newest known as new', () => {
    const twin = alert('yc-wl-bureau-20261127', b.raisedAt)
    expect(newAlertIds({ items: [b, c] }, { items: [twin, b, c] })).toEqual([twin.id])
  })
})

describe('stillFresh', () => {
  it('drops a highlight once it is older than the hold', () => {
    const fresh = new Map([
      ['x', 1_000],
      ['y', 500_000],
    ])
    expect([...stillFresh(fresh, 600_000, 200_000).keys()]).toEqual(['y'])
    expect([...stillFresh(fresh, 1_000, 200_000).keys()]).toEqual(['x', 'y'])
  })
})
