/**
 * The Content-Security-Policy the production build runs under. Served by the preview
 * server (and later the mock HTTP server); a real deployment sends the same header.
 * Nothing in the app may need `unsafe-eval` or inline scripts/styles.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
