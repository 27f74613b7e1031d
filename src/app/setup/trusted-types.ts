// The app's one Trusted Types policy, `default`: the browser consults it when a plain string
// reaches an HTML sink (`innerHTML` and the like), and the policy lets the empty string through,
// nothing else. ECharts (zrender's SVG painter) empties a chart's container with
// `innerHTML = ''` when the chart is disposed, as a page or a wall scene leaves: no markup, nothing
// to trust. Any other string gets no trusted value, so the browser reports it (the policy is
// report-only, see src/shared/config/csp.ts) and the browser tests fail on the report.
// Imported by the entry point before anything that may draw a chart.

/** The part of the Trusted Types API this module uses (TypeScript's DOM types lack it). */
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string | null }): unknown
}

/** What the default policy makes of a string bound for an HTML sink: '' stays, the rest is refused. */
export function emptyHtmlOnly(input: string): string | null {
  return input === '' ? '' : null
}

const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes
// A browser without Trusted Types has no sinks to guard.
factory?.createPolicy('default', { createHTML: emptyHtmlOnly })
