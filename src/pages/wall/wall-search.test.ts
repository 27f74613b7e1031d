import { describe, expect, it } from 'vitest'
import { allScenes } from './wall-scenes'
import { parseWallSearch, wallScenes, type WallSearchInput } from './wall-search'

const parse = (search: Record<string, unknown>) => parseWallSearch(search as WallSearchInput)

describe('parseWallSearch', () => {
  it('shows every scene at the preferred interval when nothing is given', () => {
    expect(parse({})).toEqual({ scenes: undefined, interval: undefined })
  })

  it('keeps known scenes in the order given, dropping unknown names and repeats', () => {
    expect(parse({ scenes: 'ticker,bogus,headline,ticker' }).scenes).toBe('ticker,headline')
    expect(parse({ scenes: ' Headline ' }).scenes).toBe('headline')
    expect(parse({ scenes: ['headline', 3, 'ticker'] }).scenes).toBe('headline,ticker')
  })

  it('leaves the scenes to the default when none given is known', () => {
    expect(parse({ scenes: 'bogus,,' }).scenes).toBeUndefined()
    expect(parse({ scenes: 42 }).scenes).toBeUndefined()
  })

  it('reads back what it wrote (the router puts it in the address bar)', () => {
    const once = parse({ scenes: 'ticker, headline', interval: '30' })
    expect(parse({ scenes: once.scenes, interval: String(once.interval) })).toEqual(once)
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

  it('knows the same scenes as the page', () => {
    expect(allScenes).toEqual(wallScenes)
  })
})
