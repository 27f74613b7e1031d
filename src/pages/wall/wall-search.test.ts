import { describe, expect, it } from 'vitest'
import { allScenes } from './wall-scenes'
import { parseWallSearch, wallScenes, type WallSearchInput } from './wall-search'
import { parseQuietHours } from './quiet-hours'

const parse = (search: Record<string, unknown>) => parseWallSearch(search as WallSearchInput)

describe('parseWallSearch', () => {
  it('shows every scene at the preferred interval when nothing is given', () => {
    expect(parse({})).toEqual({ scenes: undefined, interval: undefined, chime: undefined, quiet: undefined })
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

  it('turns the chime on only when the link says on', () => {
    expect(parse({ chime: 'on' }).chime).toBe('on')
    expect(parse({ chime: true }).chime).toBe('on')
    for (const chime of ['off', 'ON!', 'yes', '', 1, null, undefined])
      expect(parse({ chime }).chime).toBeUndefined()
  })

  it('keeps quiet hours of the form HH:MM-HH:MM and ignores anything else', () => {
    expect(parse({ quiet: '22:00-07:00' }).quiet).toBe('22:00-07:00')
    expect(parse({ quiet: ' 12:30-14:00 ' }).quiet).toBe('12:30-14:00')
    for (const quiet of ['24:00-07:00', '22:60-07:00', '22-7', 'night', '', 2200, null]) {
      expect(parse({ quiet }).quiet).toBeUndefined()
    }
  })

  it('reads back the chime and quiet hours it wrote', () => {
    const once = parse({ chime: 'on', quiet: '22:00-07:00', scenes: 'alerts' })
    expect(parse({ ...once })).toEqual(once)
  })

  it('accepts only quiet hours that the page can read', () => {
    for (const quiet of ['22:00-07:00', '0:00-6:30', '23:59-00:00', '08:00-18:00']) {
      expect(parse({ quiet }).quiet).toBe(quiet)
      expect(parseQuietHours(quiet)).not.toBeNull()
    }
  })
})
