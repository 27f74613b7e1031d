/**
 * The Trusted Types reports (report-only, see src/shared/config/csp.ts) that the README's
 * "Content-Security-Policy" section lists with their reasons, as the fixture's
 * `allowPolicyReports` takes them. Nothing else may be reported on any page.
 */

/**
 * The API reference (Redoc, built by Redocly): its code highlighter turns the spec's examples
 * and code samples into HTML strings, which React writes with `innerHTML` as a sample scrolls
 * into view. Only from the API reference's own script file, only `innerHTML`, only highlighted
 * code.
 */
export const redocCodeHighlighter =
  /^\{"disposition":"report","directive":"require-trusted-types-for","blockedURI":"trusted-types-sink","sourceFile":"http:\/\/[^/"]+\/api-reference\/script-[0-9a-f]+\.js","line":\d+,"sample":"Element innerHTML\|<code class=\\"th-code th-code--[a-z]+\\"/
