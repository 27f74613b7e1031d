import { describe, expect, it } from 'vitest'
import { clampInterval, parseWallSearch } from './wall-search'

describe('parseWallSearch', () => {
  it('leaves everything to the defaults when nothing is given', () => {
    expect(parseWallSearch({})).toEqual({ scenes: undefined, interval: undefined })
  })

  it('keeps known scenes in the order given, dropping unknown names and repeats', () => {
    expect(parseWallSearch({ scenes: 'ticker,bogus,headline,ticker' }).scenes).toEqual(['ticker', 'headline'])
    expect(parseWallSearch({ scenes: ' Headline ' }).scenes).toEqual(['headline'])
    expect(parseWallSearch({ scenes: ['headline', 3, 'ticker'] }).scenes).toEqual(['headline', 'ticker'])
  })

  it('falls back to the defaults when no scene is known', () => {
    expect(parseWallSearch({ scenes: 'trends,,' }).scenes).toBeUndefined()
    expect(parseWallSearch({ scenes: 42 }).scenes).toBeUndefined()
  })

  it('clamps the interval to 5..300 seconds and rounds it', () => {
    expect(parseWallSearch({ interval: 20 }).interval).toBe(20)
    expect(parseWallSearch({ interval: '45' }).interval).toBe(45)
    expect(parseWallSearch({ interval: 1 }).interval).toBe(5)
    expect(parseWallSearch({ interval: 99999 }).interval).toBe(300)
    expect(parseWallSearch({ interval: 7.6 }).interval).toBe(8)
  })

  it('ignores an interval that is not a number', () => {
    expect(parseWallSearch({ interval: 'soon' }).interval).toBeUndefined()
    expect(parseWallSearch({ interval: '' }).interval).toBeUndefined()
    expect(parseWallSearch({ interval: Number.NaN }).interval).toBeUndefined()
    expect(parseWallSearch({ interval: null }).interval).toBeUndefined()
  })

  it('clampInterval bounds any number', () => {
    expect(clampInterval(-3)).toBe(5)
    expect(clampInterval(600)).toBe(300)
  })
})
