// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chosenAmong, mayBeReminded, toggleAll, toggleOne } from './selection'

const set = (...ids: string[]) => new Set(ids)

describe('choosing items for a bulk action', () => {
  it('toggles one row, refusing a new one when the selection is full', () => {
    expect([...toggleOne(set('a'), 'b', 3).ids]).toEqual(['a', 'b'])
    expect([...toggleOne(set('a', 'b'), 'a', 3).ids]).toEqual(['b'])
    const full = toggleOne(set('a', 'b', 'c'), 'd', 3)
    expect(full).toEqual({ ids: set('a', 'b', 'c'), capped: true })
    // Taking one out of a full selection is always allowed.
    expect(toggleOne(set('a', 'b', 'c'), 'c', 3)).toEqual({ ids: set('a', 'b'), capped: false })
  })

  it('chooses every loaded row from the header, then clears them', () => {
    const chosen = toggleAll(set('b'), ['a', 'b', 'c'], 10)
    expect(chosen).toEqual({ ids: set('b', 'a', 'c'), capped: false })
    expect(toggleAll(chosen.ids, ['a', 'b', 'c'], 10)).toEqual({ ids: set(), capped: false })
  })

  it('chooses the first rows up to the cap and says the rest were left out; a click then clears', () => {
    const chosen = toggleAll(set(), ['a', 'b', 'c', 'd'], 2)
    expect(chosen).toEqual({ ids: set('a', 'b'), capped: true })
    expect(toggleAll(chosen.ids, ['a', 'b', 'c', 'd'], 2)).toEqual({ ids: set(), capped: false })
  })

  it('acts only on chosen items still in the list and open, in list order', () => {
    const listed = ['a', 'b', 'c', 'd'].map((id) => ({ id, closed: id === 'd' }))
    expect(chosenAmong(set('c', 'gone', 'a', 'd'), listed)).toEqual(['a', 'c'])
    expect(chosenAmong(set(), listed)).toEqual([])
  })

  it('offers open items only: the API refuses to remind a closed one', () => {
    expect(mayBeReminded({ id: 'a', closed: false })).toBe(true)
    expect(mayBeReminded({ id: 'a', closed: true })).toBe(false)
  })
})
