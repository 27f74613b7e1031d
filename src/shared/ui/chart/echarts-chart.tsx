import { useEffect, useRef } from 'react'
import type { ChartOption } from './chart-option'
import { toEChartsTheme, type ChartTheme } from './chart-theme'
import styles from './chart.module.css'
import { chartRenderer, init, type EChartsType } from './echarts-setup'
import { toSafeChartOption } from './safe-chart-option'

/** What a click on a data item (a bar, a heat-map cell) reports. */
export interface ChartItemClick {
  seriesIndex: number
  dataIndex: number
}

export interface EChartsChartProps {
  option: ChartOption
  theme: ChartTheme
  onItemClick?: ((item: ChartItemClick) => void) | undefined
}

/**
 * The ECharts instance's life cycle, and nothing else. Loaded lazily by chart.tsx (the
 * public component), which supplies the accessible name, the text alternative and the size.
 *
 * Update policy: each new `option` replaces the previous one (`notMerge: true`). Builders
 * return a complete option, so merging would only keep series the new option dropped.
 * Callers memoise the option; a new object identity re-renders the chart.
 */
export function EChartsChart({ option, theme, onItemClick }: EChartsChartProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<EChartsType | undefined>(undefined)
  const themeRef = useRef<ChartTheme | undefined>(undefined)

  // Init and dispose. Declared first so the effects below find the instance on mount.
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const chart = init(container, toEChartsTheme(theme), { renderer: chartRenderer })
    chartRef.current = chart
    themeRef.current = theme

    // Resize with the container (panel grid, sidebar toggle, phone rotation), at most once
    // per frame: resizing inside the observer callback can trigger "ResizeObserver loop"
    // errors in the browser.
    let frame = 0
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            cancelAnimationFrame(frame)
            frame = requestAnimationFrame(() => {
              if (!chart.isDisposed()) chart.resize()
            })
          })
    observer?.observe(container)

    return () => {
      observer?.disconnect()
      cancelAnimationFrame(frame)
      // Always: an undisposed instance keeps its listeners, timers and DOM alive.
      chart.dispose()
      chartRef.current = undefined
      themeRef.current = undefined
    }
    // The theme at mount is applied here; later changes go through setTheme below, without
    // recreating the instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Light ↔ dark. Runs before the option effect so that a rebuilt option lands on the new theme.
  useEffect(() => {
    const chart = chartRef.current
    if (!chart || themeRef.current === theme) return
    themeRef.current = theme
    chart.setTheme(toEChartsTheme(theme))
  }, [theme])

  useEffect(() => {
    chartRef.current?.setOption(toSafeChartOption(option), { notMerge: true })
  }, [option])

  // Only indexes reach the caller: it looks the item up in its own data.
  useEffect(() => {
    const chart = chartRef.current
    if (!chart || !onItemClick) return
    const handler = (params: { seriesIndex?: number; dataIndex?: number }) => {
      if (typeof params.seriesIndex === 'number' && typeof params.dataIndex === 'number')
        onItemClick({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex })
    }
    chart.on('click', handler)
    return () => {
      chart.off('click', handler)
    }
  }, [onItemClick])

  return <div ref={containerRef} className={styles.canvas} data-chart-renderer={chartRenderer} />
}
