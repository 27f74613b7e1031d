import { describe, expect, it } from 'vitest'
import { emptyHtmlOnly } from './trusted-types'

describe('the default Trusted Types policy', () => {
  it('lets the empty string through (ECharts clearing a disposed chart), and nothing else', () => {
    expect(emptyHtmlOnly('')).toBe('')
    for (const markup of [' ', '<b>x</b>', '<img src=x onerror=alert(1)>', 'text'])
      expect(emptyHtmlOnly(markup)).toBeNull()
  })
})
