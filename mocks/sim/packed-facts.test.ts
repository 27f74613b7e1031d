// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { OrderFacts } from './kpis'
import { createDayFacts, orderIndex, packFacts, unpackFacts } from './packed-facts'

const facts: OrderFacts = {
  initialCheck: 40_001,
  reportCheck: -1,
  closure: 40_100,
  dispatch: 39_999,
  reply: -1,
  routedCorrectly: false,
  supervision: [{ day: 20_050, result: 'pending' }],
  closedDay: -1,
  surveyedDay: -1,
  mediationDay: 20_010,
  open: 'atRisk',
  supervised: true,
}

describe('packed facts', () => {
  it('reads back what was packed, by the index of the order in its day', () => {
    const store = createDayFacts(3)
    const plain: OrderFacts = {
      ...facts,
      supervision: [],
      open: null,
      supervised: false,
      routedCorrectly: true,
    }
    packFacts(store, 2, facts, 10, Number.POSITIVE_INFINITY)
    packFacts(store, 0, plain, Number.NEGATIVE_INFINITY, 20)
    expect(unpackFacts(store, 2)).toEqual(facts)
    expect(unpackFacts(store, 0)).toEqual(plain)
    expect([...store.valid]).toEqual([Number.NEGATIVE_INFINITY, 20, NaN, NaN, 10, Number.POSITIVE_INFINITY])
  })

  it('finds an order by the NNNN of its id', () => {
    expect(orderIndex('RZ-20261128-0001')).toBe(0)
    expect(orderIndex('RZ-20261128-0420')).toBe(419)
    expect(orderIndex('RZ-20261128-04x0')).toBe(-1)
    expect(orderIndex('RZ-2026112-0001')).toBe(-1)
  })
})
