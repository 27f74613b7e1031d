/**
 * The chart library (a few hundred KiB) with the component that draws it: loaded with the first
 * chart, never with the first page. One function for every chart and preload, so that code
 * loaded once is known as loaded (see use-code.ts).
 */
export const loadEChartsChart = () => import('./echarts-chart').then((module) => module.EChartsChart)
