// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseSearch, stringifySearch } from './url-search'

describe('URL search', () => {
  it('reads codes that look like numbers as the strings they are', () => {
    expect(parseSearch('?district=371102&period=month&ca=true')).toEqual({
      district: '371102',
      period: 'month',
      ca: true,
    })
  })

  it('writes plain values that read back the same', () => {
    const search = { district: '371102', metric: 'closure', ca: false }
    const text = stringifySearch(search)
    expect(text).toBe('?district=371102&metric=closure&ca=false')
    expect(parseSearch(text)).toEqual(search)
  })
})
