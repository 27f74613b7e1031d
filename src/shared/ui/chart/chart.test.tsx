import { act, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Chart } from './chart'
import type { ChartOption } from './chart-option'
import { getInstanceByDom, type EChartsType } from './echarts-setup'

const hostile = '<img src=x onerror=alert(1)>'

function barOption(names: string[]): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: ['3月1日', '3月2日'] },
    yAxis: { type: 'value' },
    series: names.map((name) => ({ type: 'bar', name, data: [1, 2] })),
  }
}

function seriesNames(chart: EChartsType): unknown[] {
  return (chart.getOption().series as { name?: unknown }[]).map((series) => series.name)
}

/** Renders a chart and waits until the lazily loaded ECharts has drawn it. */
async function setup(option: ChartOption = barOption(['电话', '网络'])) {
  const view = render(
    <Chart
      option={option}
      label="受理量趋势"
      textAlternative={<p>3月1日 电话 1 件，网络 1 件。</p>}
      height={240}
    />,
  )
  const host = await waitFor(() => {
    const element = view.container.querySelector<HTMLElement>('[data-chart-renderer]')
    if (!element) throw new Error('the chart has not mounted yet')
    return element
  })
  const chart = await waitFor(() => {
    const instance = getInstanceByDom(host)
    if (!instance) throw new Error('ECharts has not initialised yet')
    return instance
  })
  return { ...view, host, chart }
}

beforeEach(() => {
  // jsdom does no layout: give the chart a size, as the panel's CSS would.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(480)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(240)
  // zrender measures text with a 2D canvas context, which jsdom lacks (and reports loudly);
  // without one it falls back to its own estimate, which is all a test needs.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})

afterEach(() => {
  document.documentElement.removeAttribute('style')
})

describe('Chart', () => {
  it('is an image with a name and a text alternative, even before ECharts has loaded', async () => {
    render(<Chart option={barOption(['电话'])} label="受理量趋势" textAlternative={<p>共 3 件。</p>} />)
    expect(screen.getByRole('img', { name: '受理量趋势' })).toBeInTheDocument()
    expect(screen.getByText('共 3 件。')).toBeInTheDocument()
    // Let the lazy chunk settle inside this test.
    await screen.findByRole('img', { name: '受理量趋势' })
    await waitFor(() => {
      expect(document.querySelector('[data-chart-renderer] svg')).not.toBeNull()
    })
  })

  it('mounts ECharts with the SVG renderer and draws the option', async () => {
    const { host, chart } = await setup()
    expect(host.querySelector('svg')).not.toBeNull()
    expect(seriesNames(chart)).toEqual(['电话', '网络'])
    expect(screen.getByRole('img', { name: '受理量趋势' })).toContainElement(host)
    expect(screen.getByText('3月1日 电话 1 件，网络 1 件。')).toBeInTheDocument()
  })

  it('replaces the option when a new one arrives (notMerge)', async () => {
    const { chart, rerender } = await setup()
    rerender(
      <Chart option={barOption(['来信'])} label="受理量趋势" textAlternative={<p>更新</p>} height={240} />,
    )
    // Merging would have kept the two old series beside the new one.
    expect(seriesNames(chart)).toEqual(['来信'])
  })

  it('always uses rich-text tooltips, whatever the option says', async () => {
    const option = barOption(['电话'])
    const { chart } = await setup({ ...option, tooltip: { trigger: 'item', renderMode: 'html' } })
    const tooltip = (chart.getOption().tooltip as { renderMode?: string }[])[0]
    expect(tooltip?.renderMode).toBe('richText')
  })

  it('shows a hostile series name in the tooltip as text, never as markup', async () => {
    const { host, chart } = await setup(barOption([hostile]))
    act(() => {
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 })
    })
    await waitFor(() => {
      expect(host.textContent).toContain(hostile)
    })
    expect(document.querySelector('img')).toBeNull()
    // Drawn inside the SVG: no HTML tooltip element beside ECharts' own viewport.
    expect(host.querySelectorAll('div')).toHaveLength(1)
  })

  it('disposes the ECharts instance on unmount', async () => {
    const { host, chart, unmount } = await setup()
    const dispose = vi.spyOn(chart, 'dispose')
    unmount()
    expect(dispose).toHaveBeenCalledTimes(1)
    expect(chart.isDisposed()).toBe(true)
    expect(getInstanceByDom(host)).toBeUndefined()
  })

  it('survives the StrictMode mount, unmount, mount with one live instance', async () => {
    const { container, unmount } = render(
      <StrictMode>
        <Chart option={barOption(['电话'])} label="受理量趋势" textAlternative="共 3 件。" />
      </StrictMode>,
    )
    const { host, chart } = await waitFor(() => {
      const element = container.querySelector<HTMLElement>('[data-chart-renderer]')
      const instance = element ? getInstanceByDom(element) : undefined
      if (!element || !instance) throw new Error('ECharts has not initialised yet')
      return { host: element, chart: instance }
    })
    expect(host.querySelectorAll('svg')).toHaveLength(1)
    expect(chart.isDisposed()).toBeFalsy()
    unmount()
    expect(chart.isDisposed()).toBe(true)
  })

  it('resizes with its container', async () => {
    const callbacks: ResizeObserverCallback[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          callbacks.push(callback)
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    )
    const { chart } = await setup()
    const resize = vi.spyOn(chart, 'resize')
    expect(callbacks).toHaveLength(1)
    act(() => callbacks[0]?.([], {} as ResizeObserver))
    await waitFor(() => {
      expect(resize).toHaveBeenCalled()
    })
  })

  it('re-themes when the document switches theme', async () => {
    const { chart } = await setup()
    const setTheme = vi.spyOn(chart, 'setTheme')
    // What the dark tokens do when <html data-theme="dark"> applies.
    document.documentElement.style.setProperty('--chart-1', '#60a5fa')
    document.documentElement.style.setProperty('--color-text', '#e5e9f2')
    act(() => {
      document.documentElement.dataset.theme = 'dark'
    })
    await waitFor(() => {
      expect(setTheme).toHaveBeenCalledTimes(1)
    })
    expect(setTheme.mock.calls[0]?.[0]).toMatchObject({ textStyle: { color: '#e5e9f2' } })
    expect((setTheme.mock.calls[0]?.[0] as { color: string[] }).color[0]).toBe('#60a5fa')
  })
})
