/**
 * The Content-Security-Policy the production build runs under. Served by the preview
 * server and the mock HTTP server; a real deployment sends the same header (deploy/ holds the
 * files for nginx and for Netlify / Cloudflare Pages, and a test keeps them equal to this).
 * Nothing in the app may need `unsafe-eval` or inline scripts/styles.
 */
const directives = (styleSource: string, fontSource = "'self'") => [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${styleSource}`,
  "img-src 'self' data:",
  `font-src ${fontSource}`,
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]

export const contentSecurityPolicy = directives("'self'").join('; ')

/**
 * The API reference page (`/api-reference/`, rendered by Redoc) differs in one directive: Redoc
 * styles itself with styled-components, which writes `<style>` elements and `style` attributes at
 * run time, and embeds its icon font as a data: URL. Its scripts still come only from files (src/app/build/api-reference.ts), and the page
 * shows nothing but the published spec.
 */
export const apiReferenceContentSecurityPolicy = directives("'self' 'unsafe-inline'", "'self' data:").join(
  '; ',
)

/** The policy for a path the server sends. */
export function contentSecurityPolicyFor(pathname: string): string {
  return pathname.startsWith('/api-reference/') ? apiReferenceContentSecurityPolicy : contentSecurityPolicy
}

/**
 * Trusted Types, in report-only mode (`Content-Security-Policy-Report-Only`): the browser reports
 * every plain string that reaches an HTML or script sink (`innerHTML`, `outerHTML`,
 * `insertAdjacentHTML`, `document.write`, a script's text or URL, `eval`) without blocking it.
 * The app needs none of them. Its only policy is `default` (src/app/setup/trusted-types.ts),
 * which lets through the empty string that ECharts clears a disposed chart with and nothing
 * else; any other policy name is refused, so any report is a finding and the browser tests fail
 * on one. Report-only, not enforced: a library's harmless sink in a future version must fail a
 * test, not break the page of a user.
 */
export const trustedTypesReportOnlyPolicy = "require-trusted-types-for 'script'; trusted-types default"

/** The headers a server sends with every answer for `pathname`: the policies, per path. */
export function securityPolicyHeadersFor(pathname: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyFor(pathname),
    'Content-Security-Policy-Report-Only': trustedTypesReportOnlyPolicy,
  }
}
