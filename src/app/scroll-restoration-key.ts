import type { ParsedLocation } from '@tanstack/react-router'

/**
 * What the router files a page's scroll position under, in sessionStorage: the history entry's
 * random key, or else the path. Never the router's default fallback, the whole address, whose
 * query may hold a keyword the user searched for (a caller's phone number, a name).
 */
export function scrollRestorationKey(location: Pick<ParsedLocation, 'state' | 'pathname'>): string {
  return location.state.__TSR_key ?? location.pathname
}
