import { afterEach, describe, expect, it } from 'vitest'
import {
  fallbackChartTheme,
  readChartTheme,
  sameChartTheme,
  seriesColour,
  toEChartsTheme,
} from './chart-theme'

const root = document.documentElement

afterEach(() => {
  root.removeAttribute('style')
})

describe('readChartTheme', () => {
  it('reads the design tokens from the document', () => {
    root.style.setProperty('--chart-1', ' #111111 ')
    root.style.setProperty('--chart-6', '#666666')
    root.style.setProperty('--chart-grid', '#222222')
    root.style.setProperty('--color-text', '#333333')
    root.style.setProperty('--color-surface', '#444444')
    root.style.setProperty('--font-sans', 'Test Sans, sans-serif')
    const theme = readChartTheme()
    expect(theme.palette[0]).toBe('#111111')
    expect(theme.palette[5]).toBe('#666666')
    expect(theme.grid).toBe('#222222')
    expect(theme.text).toBe('#333333')
    expect(theme.surface).toBe('#444444')
    expect(theme.fontFamily).toBe('Test Sans, sans-serif')
  })

  it('falls back to the light values where a token is missing (no stylesheet)', () => {
    expect(readChartTheme()).toEqual(fallbackChartTheme)
  })
})

describe('chart theme helpers', () => {
  it('repeats the palette for more series than colours', () => {
    expect(seriesColour(fallbackChartTheme, 0)).toBe(fallbackChartTheme.palette[0])
    expect(seriesColour(fallbackChartTheme, 6)).toBe(fallbackChartTheme.palette[0])
  })

  it('compares themes by value', () => {
    expect(
      sameChartTheme(fallbackChartTheme, { ...fallbackChartTheme, palette: [...fallbackChartTheme.palette] }),
    ).toBe(true)
    expect(sameChartTheme(fallbackChartTheme, { ...fallbackChartTheme, text: '#000' })).toBe(false)
  })

  it('makes an ECharts theme from the same values', () => {
    const echartsTheme = toEChartsTheme(fallbackChartTheme)
    expect(echartsTheme).toMatchObject({
      color: fallbackChartTheme.palette,
      backgroundColor: 'transparent',
      textStyle: { color: fallbackChartTheme.text, fontFamily: fallbackChartTheme.fontFamily },
      tooltip: { backgroundColor: fallbackChartTheme.surface, borderColor: fallbackChartTheme.border },
    })
  })
})
