/*
 * The one place that decides which parts of ECharts ship. `echarts/core` plus explicit
 * `use([...])` lets the bundler drop every chart type and component we do not list; the full
 * `echarts` entry would pull all of them (~1 MB). This module is only imported by the lazily
 * loaded echarts-chart.tsx, so none of it is in the first-load bundle.
 *
 * Renderer: SVG, not Canvas.
 * - Both run under our CSP (style-src 'self', no 'unsafe-inline'): zrender's SVG painter sets
 *   styles through CSSOM (`element.style.cssText`), never `setAttribute('style')`, and the
 *   <style> element it can emit is only for server-side rendering, which we do not use.
 * - SVG renders in jsdom, so component tests exercise the real chart (jsdom has no canvas).
 * - Our charts have tens to hundreds of points, where SVG is light on memory and stays sharp
 *   on the wall display's high-DPI screens and when zoomed on phones.
 * If a future chart draws many thousands of points, register CanvasRenderer beside it and
 * choose per chart.
 */
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts'
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components'
// Renamed: ECharts' `use` is not React's, and hook lint rules go by the name.
import { use as registerParts } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

registerParts([
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
])

export const chartRenderer = 'svg' as const

export { getInstanceByDom, init } from 'echarts/core'
export type { EChartsType } from 'echarts/core'
