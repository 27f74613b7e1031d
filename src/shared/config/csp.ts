/**
 * The Content-Security-Policy the production build runs under. Served by the preview
 * server (and later the mock HTTP server); a real deployment sends the same header.
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
