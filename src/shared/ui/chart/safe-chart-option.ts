import type { ChartOption } from './chart-option'

type TooltipOption = Exclude<NonNullable<ChartOption['tooltip']>, readonly unknown[]>
type AriaOption = Exclude<NonNullable<ChartOption['aria']>, readonly unknown[]>

function richTextTooltip(tooltip: TooltipOption): TooltipOption {
  // `confine` keeps the tooltip inside the chart: on a 390 px phone it would otherwise be
  // cut off by the panel's edge.
  return { confine: true, ...tooltip, renderMode: 'richText' }
}

/**
 * The rules every option passes through before it reaches ECharts, whoever built it:
 *
 * - Tooltips render as rich text drawn by ECharts itself, never as HTML. In the default
 *   `html` mode ECharts puts the tooltip text (and a formatter's return value) into innerHTML,
 *   so a complaint category or a street name from the public could inject markup; its own
 *   markers there are `<span style="…">`, which our CSP (style-src 'self') blocks anyway.
 * - ECharts' own aria label is switched off: the chart component gives the chart its
 *   accessible name (role="img" + aria-label) and a text alternative, and two competing
 *   labels would be worse than one. Decal patterns (`aria.decal.show`) stay available.
 */
export function toSafeChartOption(option: ChartOption): ChartOption {
  const { tooltip } = option
  // `aria` is a single component; ComposeOption merely allows an array.
  const aria: AriaOption | undefined = Array.isArray(option.aria) ? option.aria[0] : option.aria
  const safeTooltip =
    tooltip === undefined
      ? undefined
      : Array.isArray(tooltip)
        ? tooltip.map((item: TooltipOption) => richTextTooltip(item))
        : richTextTooltip(tooltip)
  return {
    ...option,
    ...(safeTooltip === undefined ? {} : { tooltip: safeTooltip }),
    aria: { ...aria, label: { ...aria?.label, enabled: false } },
  }
}
