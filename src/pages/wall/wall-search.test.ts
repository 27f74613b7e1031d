import { describe, expect, it } from 'vitest'
import { parseWallSearch, type WallSearchInput } from './wall-search'

const parse = (search: Record<string, unknown>) => parseWallSearch(search as WallSearchInput)

describe('parseWallSearch', () => {
  it('shows every scene at the preferred interval when nothing is given', () => {
    expect(parse({})).toEqual({ scenes: ['headline', 'ticker'], interval: undefined })
  })

  it('keeps known scenes in the order given, dropping unknown names and repeats', () => {
    expect(parse({ scenes: 'ticker,bogus,headline,ticker' }).scenes).toEqual(['ticker', 'headline'])
    expect(parse({ scenes: ' Headline ' }).scenes).toEqual(['headline'])
    expect(parse({ scenes: ['headline', 3, 'ticker'] }).scenes).toEqual(['headline', 'ticker'])
  })

  it('falls back to every scene when none given is known', () => {
    expect(parse({ scenes: 'trends,,' }).scenes).toEqual(['headline', 'ticker'])
    expect(parse({ scenes: 42 }).scenes).toEqual(['headline', 'ticker'])
  })

  it('clamps the interval to 5..300 seconds and rounds it', () => {
    expect(parse({ interval: 20 }).interval).toBe(20)
    expect(parse({ interval: '45' }).interval).toBe(45)
    expect(parse({ interval: 1 }).interval).toBe(5)
    expect(parse({ interval: -3 }).interval).toBe(5)
    expect(parse({ interval: 99999 }).interval).toBe(300)
    expect(parse({ interval: 7.6 }).interval).toBe(8)
  })

  it('ignores an interval that is not a number', () => {
    expect(parse({ interval: 'soon' }).interval).toBeUndefined()
    expect(parse({ interval: '' }).interval).toBeUndefined()
    expect(parse({ interval: Number.NaN }).interval).toBeUndefined()
    expect(parse({ interval: null }).interval).toBeUndefined()
  })
})
