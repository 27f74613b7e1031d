import { describe, expect, it } from 'vitest'
import { toSafeChartOption } from './safe-chart-option'

describe('toSafeChartOption', () => {
  it('forces rich-text tooltips, whatever the builder asked for', () => {
    const safe = toSafeChartOption({ tooltip: { trigger: 'item', renderMode: 'html', formatter: '{b}' } })
    expect(safe.tooltip).toEqual({ trigger: 'item', renderMode: 'richText', formatter: '{b}', confine: true })
  })

  it('forces rich text on every tooltip of an array', () => {
    const safe = toSafeChartOption({ tooltip: [{ renderMode: 'html' }, {}] })
    expect(safe.tooltip).toEqual([
      { renderMode: 'richText', confine: true },
      { renderMode: 'richText', confine: true },
    ])
  })

  it('adds no tooltip where there was none', () => {
    expect(toSafeChartOption({ series: [] })).not.toHaveProperty('tooltip')
  })

  it("turns off ECharts' own aria label but keeps decal patterns", () => {
    const safe = toSafeChartOption({ aria: { enabled: true, decal: { show: true } } })
    expect(safe.aria).toEqual({ enabled: true, decal: { show: true }, label: { enabled: false } })
  })

  it('leaves the input untouched', () => {
    const option = { tooltip: { renderMode: 'html' as const } }
    toSafeChartOption(option)
    expect(option.tooltip.renderMode).toBe('html')
  })
})
