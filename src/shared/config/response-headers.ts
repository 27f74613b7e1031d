// With its extension: vite.config.ts loads this module natively.
import { securityPolicyHeadersFor } from './csp.ts'

/**
 * What every answer of a server of the app carries besides the policies (csp.ts): the mock
 * server and `vite preview` send it, and the files for real hosts (deploy/nginx.conf,
 * public/_headers) ship it, kept equal to this by a test.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  // A file is what its Content-Type says: never a script guessed from its bytes.
  'X-Content-Type-Options': 'nosniff',
  // The app's addresses (a work-order number, a filter, a search keyword) never leave the origin.
  'Referrer-Policy': 'same-origin',
  // Powerful features nobody needs, off; what the wall display uses (full screen, Screen Wake
  // Lock, the new-alert chime's autoplay) for the app's own pages only.
  'Permissions-Policy': [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'midi=()',
    'display-capture=()',
    'fullscreen=(self)',
    'screen-wake-lock=(self)',
    'autoplay=(self)',
  ].join(', '),
}

/** Hashed build assets never change under their name; everything else is asked for again. */
export const immutableCacheControl = 'public, max-age=31536000, immutable'
/**
 * index.html, config.json, the API reference: revalidated on every use, or a deploy (or an
 * operator's config edit) would not reach open tabs.
 */
export const revalidateCacheControl = 'no-cache'

/** The Cache-Control of a file of the build, by its path. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? immutableCacheControl : revalidateCacheControl
}

/** The policies and security headers for `pathname` (not Cache-Control: files only). */
export function responseHeadersFor(pathname: string): Record<string, string> {
  return { ...securityPolicyHeadersFor(pathname), ...securityHeaders }
}
